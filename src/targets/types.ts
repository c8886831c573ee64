import type { Derived, Inputs } from '../inputs/index.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import type { Settings } from '../settings/index.ts';

/** `okta`: the Okta org itself, as Terraform (okta.tf), for every release and flow; `ui`: the Settings > SSO form (1.10+, targetsFor). */
export const TARGETS = ['docker', 'bare-metal', 'kubernetes', 'ingestion', 'okta', 'ui'] as const;
export type Target = (typeof TARGETS)[number];

/** The targets a release has: `ui` (its own Settings > SSO form, src/targets/ui.ts) only where it has the form (1.10+). */
export function targetsFor(release: { uiSsoConfig: boolean }): Target[] {
  return TARGETS.filter((target) => target !== 'ui' || release.uiSsoConfig);
}

export interface EmittedFile {
  filename: string;
  /** Highlighting language: dotenv, yaml, bash, hcl, json, text. */
  language: string;
  text: string;
}

export interface RenderContext {
  inputs: Inputs;
  release: ReleaseFacts;
  derived: Derived;
  settings: Settings;
}

export type Renderer = (context: RenderContext) => EmittedFile[];

/** One renderer per target, for the releases of one line (1.x, or the legacy 0.12). */
export type RendererSet = Readonly<Record<Target, Renderer>>;

/** Bash lines that ask for a secret without echoing it or writing it to history. */
export function promptForSecret(envName: string, prompt: string): string[] {
  return [`read -rsp ${JSON.stringify(`${prompt}: `)} ${envName}; echo`, `export ${envName}`];
}

/**
 * The same, for a value that OpenMetadata pastes into its `openmetadata.yaml` before its YAML 1.1
 * parse (`secret: ${OIDC_CLIENT_SECRET:-""}`): the script puts it in single quotes, doubling any
 * single quote inside, so that a secret such as `yes`, `0b101` or one holding ` #` stays the text
 * typed instead of becoming a boolean, a number or a comment.
 */
export function promptForYamlSecret(envName: string, prompt: string): string[] {
  return [
    `read -rsp ${JSON.stringify(`${prompt}: `)} ${envName}; echo`,
    '# OpenMetadata reads this value as YAML: in single quotes it stays exactly the text typed.',
    `q="'"; ${envName}="'\${${envName}//$q/$q$q}'"`,
    `export ${envName}`,
  ];
}
