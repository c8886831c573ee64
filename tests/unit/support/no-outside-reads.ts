/**
 * Vitest setup file (vitest.config.ts): the unit tests read the upstream facts from reference/, in
 * the repository, never from the folder beside the checkout where the team keeps the originals
 * (the `--from` default of scripts/extract-upstream.ts). Any file-system call on that folder
 * throws, naming the path, so a test that reaches for it fails on every machine, not only on the
 * ones without the folder. tests/unit/standalone.test.ts checks that the guard is in place.
 *
 * Only that folder: a guard on everything beside the checkout would also catch what tools read
 * from a home directory (a Playwright browser, caches) when the checkout sits in one.
 */
import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// Paths from strings: under happy-dom the global URL is the page's, which node:url does not take.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const OUTSIDE = resolve(dirname(ROOT), 'shared');

const GUARDED = Symbol.for('om-okta.no-outside-reads');

/** The absolute path a file-system call is about, or undefined for a file descriptor. */
function pathOf(target: unknown): string | undefined {
  if (typeof target === 'string') return resolve(target);
  // A URL object, Node's or the page's (happy-dom): read through its href.
  if (typeof target === 'object' && target !== null && 'href' in target && 'protocol' in target) {
    const href = String(target.href);
    return href.startsWith('file:') ? fileURLToPath(href) : undefined;
  }
  if (Buffer.isBuffer(target)) return resolve(target.toString());
  return undefined;
}

export function assertInsideRepository(target: unknown): void {
  const path = pathOf(target);
  if (path !== undefined && (path === OUTSIDE || path.startsWith(OUTSIDE + sep))) {
    throw new Error(`${path} is outside the repository: the tests read the upstream facts from reference/ (node scripts/extract-upstream.ts writes them)`);
  }
}

function guard(module: Record<string, unknown>, names: readonly string[]): void {
  for (const name of names) {
    const original = module[name];
    if (typeof original !== 'function') continue;
    const guarded = function (this: unknown, target: unknown, ...rest: unknown[]) {
      assertInsideRepository(target);
      return (original as (...args: unknown[]) => unknown).call(this, target, ...rest);
    };
    // What hangs on the original stays reachable (realpathSync.native, promisify's custom form).
    for (const key of Reflect.ownKeys(original)) {
      if (key !== 'length' && key !== 'name' && key !== 'prototype') Object.defineProperty(guarded, key, Object.getOwnPropertyDescriptor(original, key)!);
    }
    module[name] = guarded;
  }
}

// Once per worker: Node's built-in modules outlive the test files a worker runs one after another.
const marked = fs as unknown as Record<symbol, boolean>;
if (!marked[GUARDED]) {
  marked[GUARDED] = true;
  const reads = ['readFile', 'readdir', 'stat', 'lstat', 'open', 'access', 'opendir', 'realpath', 'cp', 'copyFile'];
  guard(fs as unknown as Record<string, unknown>, [
    ...reads,
    ...reads.map((name) => `${name}Sync`),
    'existsSync',
    'createReadStream',
  ]);
  guard(fsPromises as unknown as Record<string, unknown>, reads);
  // Named imports (`import { readFileSync } from 'node:fs'`) see the guarded functions too.
  syncBuiltinESMExports();
}
