/**
 * Which Chromium the browser tests drive, and how it is started.
 *
 * Order: `PLAYWRIGHT_CHROMIUM_PATH` if set, else Debian's headless shell
 * (`/usr/bin/chromium-headless-shell`, package chromium-headless-shell: the same engine without
 * the browser's own windows and services, which Playwright also uses for headless runs), else
 * Debian's `/usr/bin/chromium`, else the browser Playwright downloaded itself (`npx playwright
 * install` on a developer's machine), else a clear error. `npx playwright install` cannot
 * download on the build machines, so CI uses Debian's.
 */
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const SYSTEM_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found. Install it with: apt-get update && apt-get install -y chromium-headless-shell (as root), ' +
  'or set PLAYWRIGHT_CHROMIUM_PATH.';

/**
 * Flags for a closed network, running as root: without the background-networking ones Chromium
 * keeps trying to reach Google hosts. Playwright adds several of these itself; listing them here
 * keeps them whatever Playwright's defaults become.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Debian's launcher means to add this when /dev/shm is small, but its check is broken on
  // hosts with several /dev/shm mounts; small /dev/shm crashes the renderer, so always add it.
  '--disable-dev-shm-usage',
];

/**
 * The fonts Chromium may use (FONTCONFIG_FILE): the DejaVu faces only, whatever else the machine
 * has, so that text lays out, and screenshots come out, the same on every machine.
 */
export const FONTCONFIG_FILE = fileURLToPath(new URL('./chromium-fonts.conf', import.meta.url));
export const PINNED_FONTS = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'];
export const NO_FONTS_MESSAGE =
  'The DejaVu fonts the browser tests pin are missing: apt-get install -y fonts-dejavu-core (as root).';

export interface ChromiumChoice {
  path: string;
  source: 'PLAYWRIGHT_CHROMIUM_PATH' | 'system headless shell' | 'system' | 'playwright';
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Playwright's own downloaded Chromium, if one is on disk (never downloads anything). */
function playwrightChromium(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('@playwright/test') as { chromium: { executablePath(): string } };
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumChoice {
  const override = env['PLAYWRIGHT_CHROMIUM_PATH'];
  if (override) {
    if (!isFile(override)) {
      throw new Error(`PLAYWRIGHT_CHROMIUM_PATH is set to ${override}, but no file is there. ${NO_CHROMIUM_MESSAGE}`);
    }
    return { path: override, source: 'PLAYWRIGHT_CHROMIUM_PATH' };
  }
  if (isFile(SYSTEM_HEADLESS_SHELL)) return { path: SYSTEM_HEADLESS_SHELL, source: 'system headless shell' };
  if (isFile(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, source: 'system' };
  const own = playwrightChromium();
  if (own) return { path: own, source: 'playwright' };
  throw new Error(NO_CHROMIUM_MESSAGE);
}

/** `launchOptions` for Playwright's `use` block or `chromium.launch()`: the browser, its flags, its fonts. */
export function chromiumLaunchOptions(env: NodeJS.ProcessEnv = process.env): {
  executablePath: string;
  args: string[];
  env: Record<string, string>;
} {
  const missing = PINNED_FONTS.filter((font) => !isFile(font));
  if (missing.length > 0) throw new Error(`${NO_FONTS_MESSAGE} (not found: ${missing.join(', ')})`);
  const own = Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return { executablePath: findChromium(env).path, args: [...CHROMIUM_ARGS], env: { ...own, FONTCONFIG_FILE } };
}

if (import.meta.main) {
  try {
    const choice = findChromium();
    console.log(`${choice.path} (${choice.source})`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
