import type { Derived, Inputs } from '../inputs/index.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import type { Settings } from '../settings/index.ts';

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
