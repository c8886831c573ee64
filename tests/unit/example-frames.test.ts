/**
 * The example frames' content comes from the same functions as the live parts (derive,
 * consoleStep, cardBodyHtml): an example card has the live card's values, without a Copy button.
 */
import { describe, expect, it } from 'vitest';
import { PAGE_EXAMPLE_INPUTS } from '../../src/inputs/example.ts';
import { checkInputs } from '../../src/rules/check-inputs.ts';
import { cardBodyHtml } from '../../src/live/html.ts';
import { consoleStep } from '../../src/okta/console-steps.ts';
import { latestRelease, releases } from '../../src/releases/index.ts';

describe('the example org', () => {
  it.each(releases.map((r) => [r.id, r] as const))('passes every rule of %s (an example never shows a finding)', (_id, release) => {
    const { diagnostics } = checkInputs({ ...PAGE_EXAMPLE_INPUTS, serviceClientId: '0oa9s8r7q6p5o4n3m2l1', serviceEmail: 'ingestion-bot@acme.example' }, release);
    expect(diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning')).toEqual([]);
  });
});

describe('an example card', () => {
  const card = consoleStep('app-general', { ...PAGE_EXAMPLE_INPUTS, flow: 'implicit' }, latestRelease);

  it('shows the values of the live card, as code, and offers nothing to copy', () => {
    const example = cardBodyHtml(card, { copy: false });
    const live = cardBodyHtml(card);
    expect(example).not.toContain('data-action="copy-value"');
    expect(live).toContain('data-action="copy-value"');
    const codes = (html: string) => [...html.matchAll(/<code>([^<]*)<\/code>/g)].map((m) => m[1]);
    expect(codes(example)).toEqual(codes(live));
    expect(codes(example)).toContain('https://openmetadata.acme.example/callback');
  });
});
