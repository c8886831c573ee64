/**
 * What one lint pass collects for one release: the settings read, where each was read (so the
 * checks' findings get a line), the findings, and how badly the file fits the release (used to
 * guess the release when none is given).
 */
import type { LegacySettingId, SettingId } from '../releases/types.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import { diagnostic } from '../rules/diagnostic.ts';
import type { RuleId } from '../rules/table.ts';
import type { Diagnostic, Severity } from '../rules/types.ts';
import type { Settings } from '../settings/index.ts';
import type { SettingValue } from './values.ts';

/**
 * `security-config`: the configuration stored in the database (1.10+), as `openmetadata-ops.sh
 * get-security-config` writes it and `update-security-config` and `PUT /api/v1/system/security/config`
 * take it (YAML or JSON): openmetadata.yaml's two auth blocks, without its `${VAR}` substitution.
 */
export const LINT_KINDS = ['env', 'openmetadata-yaml', 'helm-values', 'workflow', 'security-config', 'unknown'] as const;
export type LintKind = (typeof LINT_KINDS)[number];

/** Where a setting was read: the key as written in the file, its line, and its list items' lines. */
export interface Place {
  field: string;
  line?: number;
  items?: { text: string; line: number }[];
}

/** Unknown keys reported one by one; a file with more is not an Okta config worth judging key by key. */
export const MAX_UNKNOWN_KEYS = 300;

export class LintContext {
  readonly release: ReleaseFacts;
  readonly kind: LintKind;
  readonly diagnostics: Diagnostic[] = [];
  readonly settings: Settings = {};
  readonly legacySettings: Partial<Record<LegacySettingId, SettingValue>> = {};
  readonly places = new Map<string, Place>();
  /** Settings read but not handed to checkSettings: placeholders, env references, unreadable values. */
  readonly unchecked = new Set<SettingId>();
  /** Values the file takes from environment variables at start-up. */
  readonly envRefs: { field: string; variable: string }[] = [];
  /** Helm: settings the chart reads from a Kubernetes Secret, where their reference is written (not values, so not in `places`). */
  readonly secretRefs = new Map<SettingId, Place>();
  /** Lines of the maps walked, by dotted path (where a missing key would go). */
  readonly blockLines = new Map<string, number>();
  /** How badly the file fits this release (0 = every key is read by it), and why. */
  misfit = 0;
  readonly misfits: string[] = [];
  /** Keys or variables in the auth blocks seen: none means there was nothing to check. */
  seen = 0;
  /** "Did you mean" searches left: a file of thousands of unknown keys is not worth them all. */
  suggestionBudget = 200;
  /** Unknown keys judged so far; past MAX_UNKNOWN_KEYS the rest are only counted. */
  unknownKeys = 0;

  constructor(release: ReleaseFacts, kind: LintKind) {
    this.release = release;
    this.kind = kind;
  }

  add(id: RuleId, severity: Severity, field: string | undefined, message: string, line?: number): Diagnostic {
    const d = diagnostic(id, severity, field, message, this.release);
    if (line !== undefined) d.line = line;
    this.diagnostics.push(d);
    return d;
  }

  /** Records that the file does not fit this release, with the reason a guess would give. */
  misfitBy(weight: number, reason: string): void {
    this.misfit += weight;
    if (!this.misfits.includes(reason)) this.misfits.push(reason);
  }

  setSetting(id: SettingId, value: SettingValue, place: Place): void {
    (this.settings as Record<string, SettingValue>)[id] = value;
    this.places.set(id, place);
  }

  setLegacy(id: LegacySettingId, value: SettingValue, place: Place): void {
    this.legacySettings[id] = value;
    this.places.set(id, place);
  }
}
