import type { Derived, Inputs } from '../inputs/index.ts';
import type { ReleaseProfile } from '../releases/types.ts';
import type { Diagnostic } from '../rules/types.ts';
import type { Settings } from './settings.ts';

export const TARGETS = ['docker', 'bare-metal', 'kubernetes', 'ingestion'] as const;
export type Target = (typeof TARGETS)[number];

export interface EmittedFile {
  filename: string;
  /** Highlighting language: dotenv, yaml, bash. */
  language: string;
  text: string;
}

export interface RenderContext {
  inputs: Inputs;
  release: ReleaseProfile;
  derived: Derived;
  settings: Settings;
}

export interface RenderResult {
  release: string;
  target: Target;
  /** Empty when any diagnostic is an error: nothing half-written. */
  files: EmittedFile[];
  diagnostics: Diagnostic[];
}

export type Renderer = (context: RenderContext) => EmittedFile[];

/** One renderer per target, for the releases of one line (1.x, or the legacy 0.12). */
export type RendererSet = Readonly<Record<Target, Renderer>>;

/** Env var the snippets read the Okta client secret from, unless the reader inlines it. */
export const SECRET_ENV = 'OIDC_CLIENT_SECRET';
/** Env var the ingestion workflow reads the bot's JWT from. */
export const BOT_TOKEN_ENV = 'OPENMETADATA_JWT_TOKEN';

/** Bash lines that ask for a secret without echoing it or writing it to history. */
export function promptForSecret(envName: string, prompt: string): string[] {
  return [`read -rsp ${JSON.stringify(`${prompt}: `)} ${envName}; echo`, `export ${envName}`];
}
