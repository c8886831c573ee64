/**
 * The shape of a release profile, checked when the site builds (astro.config.mjs) and in the unit
 * tests: a misspelled key, a setting id that does not exist or a missing source fails with a
 * message naming the profile and the path, instead of a page that silently lacks the fact. The
 * browser never loads this module: the profiles it gets were checked at build time.
 */
import { z } from 'zod';
import { LEGACY_SETTING_IDS, SETTING_IDS, type ReleaseProfile } from './types.ts';

const source = z.string().min(10, 'cite where the fact comes from (repo@ref:path, an issue or a PR)');
const patch = z.string().regex(/^\d+\.\d+\.\d+$/, 'a patch version such as 1.13.1');

const settingSpec = z
  .object({
    env: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'an environment variable name in capitals').optional(),
    yaml: z.string().regex(/^[A-Za-z]+(\.[A-Za-z]+)+$/, 'a dotted openmetadata.yaml path').optional(),
    helm: z.string().regex(/^[A-Za-z]+(\.[A-Za-z]+)+$/, 'a dotted Helm values path').optional(),
    helmSecretRef: z.object({ secretRef: z.string().min(1), secretKey: z.string().min(1) }).strict().optional(),
    default: z.union([z.string(), z.boolean(), z.array(z.string()).readonly()]).optional(),
    since: patch.optional(),
    source,
    deprecated: z.string().min(5).optional(),
  })
  .strict()
  .refine((s) => s.env !== undefined || s.yaml !== undefined || s.helm !== undefined, 'a setting needs at least one of env, yaml, helm');

const sourced = z.object({ source }).strict();

export const releaseProfileSchema = z
  .object({
    id: z.string().regex(/^\d+\.\d+$/, 'a release line such as 2.0'),
    label: z.string().startsWith('OpenMetadata '),
    contentDir: z.string().regex(/^v\d+\.\d+$/, 'the content folder, v + the id'),
    order: z.number().int().positive(),
    patch,
    checked: z.string().min(40, 'say in one line what was read at a release tag and what could not be'),
    omJwksPath: z.string().startsWith('/api/'),
    confidentialClient: z.boolean(),
    redirectPaths: z.object({ implicit: z.array(z.string().startsWith('/')).readonly(), authcode: z.array(z.string().startsWith('/')).readonly(), source }).strict(),
    helmChart: z.object({ version: patch, source }).strict().optional(),
    helmChartReleased: z.object({ version: patch, source }).strict().optional(),
    helmRepo: z.object({ name: z.string(), url: z.url(), chart: z.string() }).strict(),
    helmServiceUrl: z.url().optional(),
    settings: z.partialRecord(z.enum(SETTING_IDS), settingSpec),
    uiSsoConfig: z.boolean(),
    uiForm: z.object({ source, testLogin: z.object({ since: patch, source }).strict().optional() }).strict().optional(),
    callbackToken: z.object({ kind: z.enum(['okta-id-token', 'openmetadata-jwt']), source }).strict().optional(),
    trustedRedirects: sourced.optional(),
    securityConfigOps: z.object({ commands: z.array(z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'a subcommand name')).readonly(), source }).strict().optional(),
    ingestion: z.object({ kind: z.enum(['bot-jwt', 'okta-service-app']), source }).strict(),
    notes: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), text: z.string().min(20), source }).strict()).readonly(),
    legacy: z
      .object({
        settings: z.record(z.enum(LEGACY_SETTING_IDS), settingSpec),
        helmChart: z.object({ version: patch, appVersion: patch, source }).strict(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((p) => (p.uiForm !== undefined) === p.uiSsoConfig, { message: 'a release with the Settings > SSO form cites where its fields were read (uiForm), and only such a release', path: ['uiForm'] })
  .refine((p) => p.contentDir === `v${p.id}`, { message: 'contentDir must be v + id', path: ['contentDir'] })
  .refine((p) => p.patch.startsWith(`${p.id}.`), { message: 'patch must belong to the release line', path: ['patch'] })
  .refine((p) => !p.helmChartReleased || (p.helmChart && p.helmChartReleased.version.startsWith(`${p.id}.`)), {
    message: 'a released chart belongs to the release line, beside the chart the values were checked against',
    path: ['helmChartReleased'],
  });

/** Every profile checked; throws one error that lists each problem as `release id: path: message`. */
export function checkProfiles(profiles: readonly ReleaseProfile[]): void {
  const problems: string[] = [];
  for (const profile of profiles) {
    const result = releaseProfileSchema.safeParse(profile);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`release ${String(profile.id)}: ${issue.path.join('.') || '(profile)'}: ${issue.message}`);
    }
  }
  const ids = profiles.map((p) => p.id);
  for (const id of new Set(ids)) if (ids.filter((x) => x === id).length > 1) problems.push(`release ${id}: listed twice`);
  if (problems.length > 0) throw new Error(`The release profiles in src/releases/ have problems:\n  ${problems.join('\n  ')}`);
}
