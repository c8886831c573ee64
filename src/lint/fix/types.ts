/** What `fixFile` takes and returns, shared by the modules of the fix (./index.ts). */
import type { ReleaseFacts } from '../../releases/facts.ts';
import type { LegacySettingId, SettingId } from '../../releases/types.ts';
import type { Diagnostic } from '../../rules/types.ts';
import type { LintKind } from '../context.ts';
import type { LintOptions, LintResult } from '../index.ts';
import type { ImportedInputs } from '../to-inputs.ts';

export interface FixOptions extends Pick<LintOptions, 'release' | 'filename'> {
  /** The reader's values (an inputs.json object) for what the file lacks or holds as a placeholder. */
  inputs?: Record<string, unknown>;
}

export interface FixChange {
  /** Line in the fixed text. */
  line: number;
  /** The key or variable as written in the file, or as it is written when added. */
  field: string;
  /** The value as it was written (left out when the key was added, and for secrets). */
  before?: string;
  /** The value as it is written now. */
  after: string;
}

/**
 * Where a fix stopped with an exception: `expected` (working out what each setting must be and
 * which ones to change), `edits` (writing the edits of the file's kind), `check` (applying them
 * and linting the result again). A fix never throws; this says it failed rather than found nothing.
 */
export type FixStage = 'expected' | 'edits' | 'check';

export interface FixFailure {
  stage: FixStage;
  /** The exception's message, bounded and printable. */
  message: string;
}

export interface FixResult {
  kind: LintKind;
  release: ReleaseFacts;
  /** The whole corrected text (the original when nothing could be fixed). */
  fixed: string;
  changes: FixChange[];
  /** Errors and warnings of the lint of the fixed text: what is left for the reader. */
  remaining: Diagnostic[];
  /** The lint of the original text. */
  lint: LintResult;
  /** The values the fix was computed from, as read from the file. */
  imported?: ImportedInputs;
  /** Per setting fixed: the value written and how the file now writes it (for messages). */
  fixes: SettingFix[];
  /** Set when the fix failed with an exception: the text is then left as it was. */
  failure?: FixFailure;
}

/** What a fix sets: a setting, or (ingestion workflows) a key of the workflow's server block. */
export type FixTarget = AnyId | WorkflowKey;
/** A setting of the profile, or one of 0.12's legacy settings (the Okta service application). */
export type AnyId = SettingId | LegacySettingId;
/** The keys of `workflowConfig.openMetadataServerConfig` the fix sets, by dotted path. */
export type WorkflowKey = `workflowConfig.openMetadataServerConfig.${'hostPort' | 'authProvider' | 'securityConfig.jwtToken'}`;

export interface SettingFix {
  setting: FixTarget;
  /** How the setting is written now, in the file's own syntax (`NAME=value`, `key: value`). */
  written: string;
  /** For YAML, the block it is in. */
  block?: string;
  /** What to do, in words, with the reader's value: "Set `NAME=value`." */
  advice: string;
}

export const isFinding = (d: Diagnostic): boolean => d.severity === 'error' || d.severity === 'warning';
