/**
 * The executable runbook in the browser: Check buttons against a real OpenID provider on loopback
 * (oidc-provider, standing in for Okta) and a loopback OpenMetadata; the configuration checker;
 * the error explainer; and the step checklists.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startLoopback, type Loopback } from '../support/index.ts';

test.use({ ignoreHTTPSErrors: true });

let lo: Loopback;
test.beforeAll(async () => {
  lo = await startLoopback({ release: '1.12' });
});
test.afterAll(async () => {
  await lo?.close();
});

async function fillPanel(page: Page, values: Record<string, string>) {
  const details = page.locator('[data-setup-details]');
  if (await details.count()) await details.locator('summary').click();
  for (const [name, value] of Object.entries(values)) await page.locator(`[data-setup-panel] [name="${name}"]`).fill(value);
}

const loopbackValues = () => ({ oktaDomain: lo.inputs.oktaDomain, clientId: lo.inputs.clientId, omUrl: lo.inputs.omUrl, authServer: 'default' });

test('the Okta checks pass against a real OpenID provider', async ({ page }) => {
  lo.okta.reset();
  await page.goto('/v1.12/implicit-flow/');
  await fillPanel(page, loopbackValues());
  const box = page.locator('[data-runbook-check][data-group="okta"]');
  await box.locator('[data-runbook-run]').click();
  await expect(box.locator('[data-check-id="okta-jwks"]')).toBeVisible({ timeout: 15_000 });
  await expect(box.locator('[data-check-id="okta-discovery"]')).toHaveAttribute('data-check-status', 'pass');
  await expect(box.locator('[data-check-id="okta-jwks"]')).toHaveAttribute('data-check-status', 'pass');
});

test('an issuer mismatch fails with its rule and what to do', async ({ page }) => {
  lo.okta.reset();
  lo.okta.setDiscovery({ issuer: `https://${lo.inputs.oktaDomain}/oauth2/other` });
  try {
    await page.goto('/v1.12/implicit-flow/');
    await fillPanel(page, loopbackValues());
    const box = page.locator('[data-runbook-check][data-group="okta"]');
    await box.locator('[data-runbook-run]').click();
    const discovery = box.locator('[data-check-id="okta-discovery"]');
    await expect(discovery).toHaveAttribute('data-check-status', 'fail', { timeout: 15_000 });
    await expect(discovery).toHaveAttribute('data-rule-id', 'OKTA-ISS-001');
    await expect(discovery.locator('.om-check__fix')).toBeVisible();
  } finally {
    lo.okta.reset();
  }
});

/** Runs the Docker page's OpenMetadata checks with these values and returns their three results. */
async function openMetadataChecks(page: Page, values: Record<string, string>): Promise<Locator[]> {
  await page.goto('/v1.12/deployment/docker/');
  await fillPanel(page, values);
  const box = page.locator('[data-runbook-check][data-group="openmetadata"]');
  await box.locator('[data-runbook-run]').click();
  const results = box.locator('[data-check-id]');
  await expect(results).toHaveCount(3, { timeout: 20_000 });
  return results.all();
}

test('a server that does not allow this page (no CORS) is "could not run here", with the commands', async ({ page }) => {
  lo.om.set({ cors: false });
  try {
    for (const result of await openMetadataChecks(page, loopbackValues())) {
      await expect(result).toHaveAttribute('data-check-status', 'could-not-run');
      await expect(result).toContainText('Could not run here');
      await expect(result.locator('.om-check__cmd code').first()).toContainText('curl -sS');
      await expect(result.locator('.om-check__cmd code').nth(1)).toContainText('om-okta verify');
      // The browser's no-cors probe got an answer: CORS, not a server that is down.
      await expect(result).toContainText('the server answered, but it does not allow this page to read the answer (CORS)');
    }
  } finally {
    lo.om.reset();
  }
});

test('the configuration checker names the rule and the line', async ({ page }) => {
  await page.goto('/v1.12/check-config/');
  const broken = ['AUTHENTICATION_PROVIDER=okta', 'AUTHENTICATION_AUTHORITY=https://dev-123456.okta.com/oauth2/default', 'AUTHENTICATION_PUBLIC_KEYS=[https://dev-123456.okta.com/oauth2/v1/keys]'].join('\n');
  await page.locator('[data-lint-input]').fill(broken);
  await page.locator('[data-lint-run]').click();
  const result = page.locator('[data-lint-result]');
  await expect(result.locator('[data-lint-kind="env"]')).toBeVisible();
  const jwks = result.locator('[data-rule-id="OKTA-JWKS-001"]').first();
  await expect(jwks).toBeVisible();
  await expect(jwks).toContainText('3: AUTHENTICATION_PUBLIC_KEYS');
});

test('the error explainer names the failure mode offline', async ({ page }) => {
  await page.goto('/v1.12/troubleshooting/');
  await page.locator('[data-explain-input]').fill('AuthSdkError: The issuer [https://dev-1.okta.com] does not match [https://dev-1.okta.com/oauth2/default]');
  await page.locator('[data-explain-run]').click();
  const first = page.locator('[data-explain-result] li').first();
  await expect(first).toHaveAttribute('data-fm', '1');
  await expect(first.locator('a')).toHaveAttribute('href', /troubleshooting\/#okta-iss-001$/);
});

test('step checklists are kept per release and page', async ({ page }) => {
  await page.goto('/v1.12/implicit-flow/');
  const box = page.locator('.sl-steps > li .om-step-done input').first();
  await box.check();
  await page.reload();
  await expect(page.locator('.sl-steps > li .om-step-done input').first()).toBeChecked();
  await page.goto('/v1.11/implicit-flow/');
  await expect(page.locator('.sl-steps > li .om-step-done input').first()).not.toBeChecked();
});

test('a server that does not answer at all is "could not reach", not a CORS refusal', async ({ page }) => {
  // Port 9 (discard) on the loopback: nothing listens, the connection is refused.
  for (const result of await openMetadataChecks(page, { ...loopbackValues(), omUrl: 'http://127.0.0.1:9' })) {
    await expect(result).toHaveAttribute('data-check-status', 'could-not-run');
    await expect(result).toContainText('from this browser: nothing answered');
    await expect(result).not.toContainText('(CORS)');
  }
});
