/**
 * OpenMetadata's own Settings > SSO form (1.10+), as a target: the same settings as the files, in
 * the form's order and with its labels, and the configuration that form saves, as the two files an
 * admin can apply without clicking: `security-config.yaml` for `openmetadata-ops.sh
 * update-security-config -f` (the releases whose ops script has it) and `security-config.json` for
 * `PUT /api/v1/system/security/config`. Both are the server's SecurityConfiguration:
 * `authenticationConfiguration` and `authorizerConfiguration`, the same blocks and keys as
 * `openmetadata.yaml` (reference/upstream/openmetadata-spec/), which lint reads back.
 *
 * Which fields the form shows, for a public and for a confidential Okta client, their labels and
 * their order: the release profile's `uiForm.source` says where that was read (the UI's uiSchema and
 * the schema's property order, at a commit, not at a release tag).
 */
import type { FieldName, Inputs } from '../inputs/index.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import type { SettingId } from '../releases/types.ts';
import { derive } from '../inputs/index.ts';
import { resolveSettings, SECRET_ENV, type Settings } from '../settings/index.ts';
import { setPath, YamlDoc, type YamlMap } from './yaml.ts';
import type { EmittedFile, Renderer } from './types.ts';

export const UI_FORM_FILE = 'sso-form.txt';
export const SECURITY_CONFIG_YAML = 'security-config.yaml';
export const SECURITY_CONFIG_JSON = 'security-config.json';

/** One field of the form: its label as the UI writes it, and what to do with it. */
export interface FormField {
  label: string;
  /** The form's section: the authentication settings, their OIDC block, or the authorizer settings. */
  section: 'authentication' | 'oidc' | 'authorizer';
  /** The setting it holds, when the settings model has it (the value then comes from there). */
  setting?: SettingId;
  /** What to enter, one entry per list item; empty for a field left at its default. */
  values: string[];
  /** A value the reader types or pastes (shown as code, with Copy). */
  copy: boolean;
  /** The inputs the value comes from (no Copy while one of them holds an error). */
  from?: readonly FieldName[];
  /** Left as the form fills it in: what that is. */
  leave?: string;
  note?: string;
}

/** The form for one flow, with the reader's values. */
export interface FormView {
  title: string;
  where: string;
  fields: FormField[];
  /** Shown instead of the fields when the release has no such form. */
  skip?: string;
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)]);

/**
 * The form's fields for `inputs.flow`, in its order, filled from the settings model. A field the
 * release does not read (a setting its profile lacks) is left out.
 */
export function formFields(inputs: Inputs, release: ReleaseFacts, settings: Settings = resolveSettings(inputs, release, derive(inputs, release))): FormField[] {
  const confidential = inputs.flow === 'authcode';
  const has = (id: SettingId) => release.settings[id] !== undefined;
  const fields: FormField[] = [];
  const enter = (section: FormField['section'], label: string, setting: SettingId, from: readonly FieldName[], note?: string) => {
    if (settings[setting] === undefined) return;
    fields.push({ label, section, setting, values: list(settings[setting]), copy: true, from, ...(note ? { note } : {}) });
  };
  const pick = (section: FormField['section'], label: string, setting: SettingId | undefined, value: string, note?: string) => {
    fields.push({ label, section, ...(setting ? { setting } : {}), values: [value], copy: false, ...(note ? { note } : {}) });
  };
  const leave = (section: FormField['section'], label: string, setting: SettingId | undefined, what: string) => {
    if (setting && !has(setting)) return;
    fields.push({ label, section, ...(setting ? { setting } : {}), values: [], copy: false, leave: what });
  };

  // authenticationConfiguration, in the schema's property order (the form sets no ui:order).
  pick('authentication', 'Client Type', 'clientType', confidential ? 'Confidential' : 'Public', confidential ? 'Okta Web Application: the server signs users in.' : 'Okta Single-Page Application: the browser signs users in.');
  enter('authentication', 'Provider Name', 'providerName', [], 'Any name; the form asks for one when the configuration is new.');
  if (!confidential) enter('authentication', 'Public Key URLs', 'publicKeyUrls', ['oktaDomain', 'authServer', 'omUrl'], "Okta's keys, then OpenMetadata's own: one entry each (Enter after each).");
  enter('authentication', 'Authority', 'authority', ['oktaDomain', 'authServer']);
  if (!confidential) {
    enter('authentication', 'Client ID', 'clientId', ['clientId']);
    enter('authentication', 'Callback URL', 'callbackUrl', ['omUrl']);
  }
  leave('authentication', 'JWT Principal Claims', 'jwtPrincipalClaims', `leave as it is: ${list(settings.jwtPrincipalClaims ?? release.settings.jwtPrincipalClaims?.default).join(', ')}`);
  leave('authentication', 'JWT Principal Claims Mapping', 'jwtPrincipalClaimsMapping', 'leave empty');
  pick('authentication', 'Enable Self Signup', 'enableSelfSignup', settings.enableSelfSignup === false ? 'off' : 'on', 'Shown while the configuration is new; once saved it moves to the overview tab.');
  leave('authentication', 'Enable Auto Redirect', 'enableAutoRedirect', 'leave off');
  if (confidential) {
    enter('oidc', 'OIDC Client ID', 'oidcClientId', ['clientId']);
    const inline = inputs.inlineSecret && settings.oidcClientSecret !== undefined && !settings.oidcClientSecret.startsWith('${');
    if (inline) enter('oidc', 'OIDC Client Secret', 'oidcClientSecret', ['clientSecret']);
    else pick('oidc', 'OIDC Client Secret', 'oidcClientSecret', "the Okta app's client secret", 'Paste it from the Okta app (General tab, Client Credentials); this guide never shows it.');
    leave('oidc', 'OIDC Request Scopes', 'oidcScope', 'leave as it is: openid, email, profile');
    enter('oidc', 'OIDC Discovery URI', 'oidcDiscoveryUri', ['oktaDomain', 'authServer']);
    leave('oidc', 'OIDC Use Nonce', undefined, 'leave as it is (on)');
    leave('oidc', 'OIDC Disable PKCE', undefined, 'leave as it is');
    leave('oidc', 'OIDC Max Clock Skew', undefined, 'leave empty');
    leave('oidc', 'OIDC Client Authentication Method', undefined, 'leave as it is (client_secret_post; an Okta Web app with a client secret accepts it)');
    leave('oidc', 'OIDC Token Validity', undefined, 'leave as it is (3600)');
    leave('oidc', 'OIDC Custom Parameters', undefined, 'leave empty');
    if (settings.oidcCallbackUrl !== undefined) {
      fields.push({
        label: 'OIDC Callback URL',
        section: 'oidc',
        setting: 'oidcCallbackUrl',
        values: [settings.oidcCallbackUrl],
        copy: true,
        from: ['omUrl'],
        note: 'Read-only: the form fills it in from the address you opened OpenMetadata at. It must read exactly this; if not, open OpenMetadata at its public address and start again.',
      });
    }
    leave('oidc', 'OIDC Max Age', 'oidcMaxAge', 'leave as it is');
    leave('oidc', 'OIDC Prompt', 'oidcPrompt', 'leave as it is');
    leave('oidc', 'OIDC Session Expiry', 'oidcSessionExpiry', 'leave as it is (604800)');
  }
  // authorizerConfiguration, in its schema's order.
  enter('authorizer', 'Admin Principals', 'adminPrincipals', ['adminPrincipals'], 'User names (the part of the email before @): one entry each.');
  enter('authorizer', 'Principal Domain', 'principalDomain', ['principalDomain']);
  leave('authorizer', 'allowedDomains', undefined, 'leave empty (its label is the schema\'s title, not read here)');
  pick('authorizer', 'Enforce Principal Domain', 'enforcePrincipalDomain', settings.enforcePrincipalDomain ? 'on' : 'off');
  leave('authorizer', 'Enable Secure Socket Connection', 'enableSecureSocketConnection', 'leave off');
  leave('authorizer', 'Use Roles From Provider', undefined, 'leave off');
  return fields;
}

/** The form view for a card: what to enter, for the release's form (or why there is none). */
export function ssoFormView(inputs: Inputs, release: ReleaseFacts): FormView {
  const confidential = inputs.flow === 'authcode';
  const view: FormView = {
    title: `Okta, ${confidential ? 'confidential' : 'public'} client`,
    where: 'OpenMetadata: Settings > SSO > Okta',
    fields: [],
  };
  if (!release.uiSsoConfig) return { ...view, skip: `${release.label} has no Settings > SSO form: configure sign-in with the files.` };
  return { ...view, fields: formFields(inputs, release) };
}

/** The view as a console card's fields (src/live/html.ts cardBodyHtml draws both alike). */
export function ssoFormCard(inputs: Inputs, release: ReleaseFacts) {
  const view = ssoFormView(inputs, release);
  return {
    title: view.title,
    where: view.where,
    ...(view.skip ? { skip: view.skip } : {}),
    fields: view.fields.map((f) => ({
      label: f.label,
      values: f.leave ? [f.leave] : f.values,
      copy: f.copy,
      ...(f.from && f.copy ? { from: f.from } : {}),
      ...(f.note ? { note: f.note } : {}),
    })),
  };
}

/** The settings the stored configuration holds: the yaml keys under the two blocks, as in openmetadata.yaml. */
function configTree(settings: Settings, release: ReleaseFacts): YamlMap {
  const tree: YamlMap = {};
  for (const [id, value] of Object.entries(settings) as [SettingId, unknown][]) {
    const path = release.settings[id]?.yaml;
    if (value === undefined || !path) continue;
    if (!path.startsWith('authenticationConfiguration.') && !path.startsWith('authorizerConfiguration.')) continue;
    setPath(tree, path, value as string | boolean | string[]);
  }
  return tree;
}

/** The form as a list, for a terminal: section, label, value. */
function formText(inputs: Inputs, release: ReleaseFacts, settings: Settings): string {
  const heads: Record<FormField['section'], string> = { authentication: 'Authentication', oidc: 'OIDC Configuration', authorizer: 'Authorization' };
  const lines = [
    `Okta SSO for ${release.label}, entered in Settings > SSO > Okta (${inputs.flow === 'authcode' ? 'confidential' : 'public'} client).`,
    'Fields in the form\'s order; a field not listed stays hidden for Okta or as the form fills it in.',
  ];
  let section: string | undefined;
  for (const field of formFields(inputs, release, settings)) {
    if (field.section !== section) {
      section = field.section;
      lines.push('', `${heads[field.section]}:`);
    }
    const value = field.leave ?? (field.values.length === 1 ? field.values[0]! : field.values.map((v) => `\n    - ${v}`).join(''));
    lines.push(`  ${field.label}: ${value}`);
  }
  return `${lines.join('\n')}\n`;
}

export const renderUi: Renderer = ({ inputs, release, settings }) => {
  if (!release.uiSsoConfig) throw new Error(`${release.label} has no Settings > SSO form`);
  const tree = configTree(settings, release);
  const files: EmittedFile[] = [{ filename: UI_FORM_FILE, language: 'text', text: formText(inputs, release, settings) }];
  const referenced = typeof settings.oidcClientSecret === 'string' && settings.oidcClientSecret === `\${${SECRET_ENV}}`;
  if (release.securityConfigOps?.commands.includes('update-security-config')) {
    const yaml = new YamlDoc(tree).header(
      [
        `Okta SSO for ${release.label}: the configuration Settings > SSO saves, for`,
        `./bootstrap/openmetadata-ops.sh update-security-config -f ${SECURITY_CONFIG_YAML} (then restart).`,
        'It replaces the stored configuration; get-security-config -o FILE writes this form back.',
      ].join('\n'),
    );
    if (referenced) {
      yaml.commentAfter(['authenticationConfiguration', 'oidcConfiguration', 'secret'], `stored as written: put the client secret here first (no \${...} is read from the environment)`);
    }
    // The document starts as get-security-config's does ("---" after the comments): lint tells the two files apart by it.
    const text = yaml.toString().replace(/^((?:#.*\n)+)\n/, '$1---\n');
    files.push({ filename: SECURITY_CONFIG_YAML, language: 'yaml', text });
  }
  files.push({ filename: SECURITY_CONFIG_JSON, language: 'json', text: `${JSON.stringify(tree, null, 2)}\n` });
  return files;
};
