/**
 * "Use these values": what taking a pasted file's values into the setup panel would do. Values
 * the reader has not given are filled; values the reader typed and the file contradicts are
 * listed so that the page asks before replacing them. Secret fields are never part of it.
 */
import { FIELD_NAMES, FIELDS, splitList, type FieldName } from '../inputs/fields.ts';
import { isBlank, type FormValues } from './form.ts';

export interface ImportConflict {
  field: FieldName;
  mine: string | boolean;
  file: string | boolean;
}

export interface ImportPlan {
  /** The panel's values once the file's fill what is empty and the reader's stay. */
  keepMine: FormValues;
  /** The panel's values once the file's replace the reader's too. */
  useFile: FormValues;
  /** Fields the file fills that the reader has not given. */
  filled: FieldName[];
  /** Fields the reader gave another value than the file. */
  conflicts: ImportConflict[];
}

const given = (value: string | boolean | undefined): value is string | boolean =>
  value !== undefined && value !== false && !(typeof value === 'string' && value.trim() === '');

/** Whether two values say the same: text trimmed, host names without case, admin lists as sets. */
function same(field: FieldName, a: string | boolean, b: string | boolean): boolean {
  if (typeof a !== typeof b) return false;
  if (typeof a === 'boolean') return a === b;
  if (FIELDS[field].kind === 'list') {
    const left = new Set(splitList(a as string));
    const right = splitList(b as string);
    return left.size === new Set(right).size && right.every((x) => left.has(x));
  }
  const norm = (s: string) => (field === 'oktaDomain' || field === 'principalDomain' ? s.trim().toLowerCase() : s.trim().replace(/\/+$/, ''));
  return norm(a as string) === norm(b as string);
}

export function importPlan(current: FormValues, imported: FormValues): ImportPlan {
  // A panel nobody has typed into holds only its defaults (the implicit flow): nothing to ask about.
  const untouched = isBlank(current);
  const keepMine: FormValues = { ...current };
  const useFile: FormValues = { ...current };
  const filled: FieldName[] = [];
  const conflicts: ImportConflict[] = [];
  for (const field of FIELD_NAMES) {
    const file = imported[field];
    if (FIELDS[field].secret || file === undefined) continue;
    const mine = current[field];
    useFile[field] = file;
    if (untouched || !given(mine) || (field === 'flow' && mine === undefined)) {
      keepMine[field] = file;
      if (!given(mine) || !same(field, mine, file)) filled.push(field);
    } else if (!same(field, mine, file)) {
      conflicts.push({ field, mine, file });
    }
  }
  return { keepMine, useFile, filled, conflicts };
}
