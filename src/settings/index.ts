/**
 * What OpenMetadata reads: the settings an Okta setup needs, resolved from the inputs. Renderers
 * (src/targets) serialize these with the release's names; rules (src/rules) check them, and
 * src/lint maps files back to them, so one model serves emitting, linting and checking. It sits
 * between the inputs and both of those, so neither needs the other.
 */
import { derive, type Derived, type FieldName, type Inputs } from '../inputs/index.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import type { SettingId } from '../releases/types.ts';

/** Env var the files read the Okta client secret from, unless the reader inlines it. */
export const SECRET_ENV = 'OIDC_CLIENT_SECRET';
/** Env var the ingestion workflow reads the bot's JWT from. */
export const BOT_TOKEN_ENV = 'OPENMETADATA_JWT_TOKEN';

export interface SettingTypes {
  provider: string;
  providerName: string;
  clientType: string;
  authority: string;
  clientId: string;
  callbackUrl: string;
  publicKeyUrls: string[];
  jwtPrincipalClaims: string[];
  jwtPrincipalClaimsMapping: string[];
  enableSelfSignup: boolean;
  authorizerClassName: string;
  containerRequestFilter: string;
  adminPrincipals: string[];
  principalDomain: string;
  enforcePrincipalDomain: boolean;
  enableSecureSocketConnection: boolean;
  oidcEnabled: boolean;
  oidcType: string;
  oidcClientId: string;
  oidcClientSecret: string;
  oidcDiscoveryUri: string;
  oidcCallbackUrl: string;
  oidcServerUrl: string;
  oidcSessionExpiry: string;
  oidcScope: string;
  oidcPrompt: string;
  oidcMaxAge: string;
  forceSecureSessionCookie: boolean;
  enableAutoRedirect: boolean;
  sessionExpiry: string;
  maxActiveSessionsPerUser: string;
  additionalTrustedRedirectUris: string[];
}

/** Every SettingId has a value type; a file read by src/lint may hold any subset. */
export type Settings = { [K in SettingId]?: SettingTypes[K] };

/**
 * The inputs each resolved setting is computed from (resolveSettings below), the one a reader
 * would change leading: a value no file can hold is reported on that first field, and the rules
 * (src/rules checkAll) leave out a settings finding that an input finding on any of them already
 * explains.
 */
export const SETTING_SOURCES: Partial<Record<SettingId, readonly [FieldName, ...FieldName[]]>> = {
  clientType: ['flow'],
  authority: ['oktaDomain', 'authServer'],
  clientId: ['clientId'],
  callbackUrl: ['omUrl', 'flow'],
  publicKeyUrls: ['oktaDomain', 'authServer', 'omUrl'],
  adminPrincipals: ['adminPrincipals'],
  principalDomain: ['principalDomain', 'enforcePrincipalDomain'],
  enforcePrincipalDomain: ['enforcePrincipalDomain', 'principalDomain'],
  oidcClientId: ['clientId'],
  oidcClientSecret: ['clientSecret', 'flow'],
  oidcDiscoveryUri: ['oktaDomain', 'authServer'],
  oidcCallbackUrl: ['omUrl'],
  oidcServerUrl: ['omUrl'],
};

/** The input field a problem with writing `setting` is shown on (the setting's own id when no input makes it). */
export const settingField = (setting: SettingId): string => SETTING_SOURCES[setting]?.[0] ?? setting;

const DEFAULT_CLAIMS = ['email', 'preferred_username', 'sub'];

export function resolveSettings(inputs: Inputs, release: ReleaseFacts, derived: Derived = derive(inputs, release)): Settings {
  const settings: Settings = {
    provider: 'okta',
    // Not used by Okta logins, but the 1.10+ save-time check refuses an empty one (OM#24404).
    providerName: 'Okta',
    clientType: inputs.flow === 'authcode' ? 'confidential' : 'public',
    authority: derived.issuer,
    clientId: inputs.clientId,
    callbackUrl: derived.callbackUrl,
    // Okta's keys validate SSO tokens; OpenMetadata's own keys validate bot and personal access
    // tokens. Both must be listed (FM-02, FM-05).
    publicKeyUrls: [derived.oktaJwksUrl, derived.omJwksUrl],
    jwtPrincipalClaims: DEFAULT_CLAIMS,
    enableSelfSignup: true,
    authorizerClassName: stringDefault(release, 'authorizerClassName'),
    containerRequestFilter: stringDefault(release, 'containerRequestFilter'),
    adminPrincipals: inputs.adminPrincipals,
    principalDomain: inputs.principalDomain,
    enforcePrincipalDomain: inputs.enforcePrincipalDomain,
    enableSecureSocketConnection: false,
  };
  if (inputs.flow === 'authcode') {
    Object.assign(settings, {
      oidcEnabled: true,
      oidcType: 'okta',
      oidcClientId: inputs.clientId,
      // What the file holds: the secret itself only when the reader asks for it, otherwise a
      // reference that OpenMetadata resolves from its environment at start-up.
      oidcClientSecret: inputs.inlineSecret ? (inputs.clientSecret ?? '') : `\${${SECRET_ENV}}`,
      oidcDiscoveryUri: derived.discoveryUrl,
      oidcCallbackUrl: derived.callbackUrl,
      oidcServerUrl: derived.signOutRedirectUri,
    } satisfies Settings);
  }
  // Keep only what this release knows about.
  for (const id of Object.keys(settings) as SettingId[]) {
    if (!release.settings[id]) delete settings[id];
  }
  return settings;
}

function stringDefault(release: ReleaseFacts, id: SettingId): string {
  const value = release.settings[id]?.default;
  return typeof value === 'string' ? value : '';
}
