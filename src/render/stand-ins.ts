/**
 * Values a target does not read, so a reader need not have them yet to get its files: the Okta
 * side as Terraform creates the app, and so the client ID (and secret) that the other targets need
 * come out of it. The checks still want a client ID, so a blank one is given a stand-in that the
 * target never writes (a test holds it out of every okta.tf).
 */
import type { Target } from '../targets/types.ts';

/** A client ID of Okta's shape, for the checks only. */
export const STAND_IN_CLIENT_ID = '0oa0000000000000stnd';

const STAND_INS: Partial<Record<Target, Readonly<Record<string, string>>>> = {
  okta: { clientId: STAND_IN_CLIENT_ID },
};

/** `raw` as `target` is checked: each blank field the target does not read holds its stand-in. */
export function withStandIns(raw: Record<string, unknown>, target: Target): Record<string, unknown> {
  const stand = STAND_INS[target];
  if (!stand) return raw;
  const out = { ...raw };
  for (const [field, value] of Object.entries(stand)) {
    const given = out[field];
    if (given === undefined || (typeof given === 'string' && given.trim() === '')) out[field] = value;
  }
  return out;
}

/** Whether `target` has fields it can do without. */
export const needsStandIns = (target: Target): boolean => STAND_INS[target] !== undefined;
