/**
 * Measurements for the site and the CLI (`npm run build && npm run bench`), each against a
 * baseline measured in the same run, medians and ratios:
 *
 * (1) Build time: `astro build` of this site against an empty Starlight site (one Markdown page,
 *     Starlight's defaults, made in .tmp/ from the installed packages), in turns, --build-runs N (3).
 * (2) JavaScript per page, gzipped: what pages load before any script runs (scripts/measure-js.ts,
 *     with the biggest files), and what they have loaded in Chromium with the reader's values saved,
 *     the live engine and their release's renderers included (scripts/measure-page-js.ts), against
 *     the empty Starlight page measured the same way.
 * (3) Keystroke to every snippet: on each release line's newest release (2.0, 1.13, 0.12), every
 *     page with live snippets is probed with a few keystrokes at 4x CPU throttle (CDP
 *     Emulation.setCPUThrottlingRate) and the slowest is measured: N keystrokes into the Client ID
 *     (the service app's on 0.12 pages whose snippets show only that one): at 4x on the page's
 *     first keys (a second after the values are in, as a reader pauses before typing on), then
 *     unthrottled, then at 4x again once the page's code is warm, each timed from the `input`
 *     event until every snippet file that showed the value shows the new one, and to the end of
 *     the next frame; beside it the same clock around a change that costs nothing. Measured
 *     inside the page (no Playwright round trips).
 * (4) `om-okta render` as a reader starts it (bin/om-okta.js, the bundle the build makes), the
 *     whole process, against a bare `node -e 0` in the same run.
 * Also: renderTarget() throughput in process, and the error explainer on a 2 MB log.
 *
 * dist/ is served by `astro preview` on 127.0.0.1:PORT (--port N, or BENCH_PORT / E2E_PORT, else
 * 4321; a server already answering there is reused) and the empty site on PORT + 1.
 * Timing never fails the bench: it reports. Exit 1 only when a page is over the JS budget
 * (scripts/measure-js.ts DEFAULT_BUDGET_KB unless --budget-kb N), 2 for bad arguments or a missing dist/.
 * Options: --json, --port N, --keystrokes N (30), --renders N (1000), --build-runs N, --skip-build,
 * --budget-kb N, --skip-browser, --page PATH (measure only that page's keystrokes).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { listHtmlFiles } from './check-links.ts';
import { chromiumLaunchOptions } from './chromium.ts';
import {
  budgetDecision,
  fileBreakdown,
  formatBreakdown,
  kb,
  measurePages,
  parseBudgetKb,
  type PageJs,
} from './measure-js.ts';
import { measureLoadedJs, saveValuesBeforeEachPage, type LoadedJs } from './measure-page-js.ts';
import { findRelease, latestRelease, releases } from '../src/releases/index.ts';
import { renderTarget } from '../src/render/index.ts';
import { explainError } from '../src/rules/explain.ts';
import { targetsFor, type Target } from '../src/targets/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const INPUTS_FILE = fileURLToPath(new URL('../tests/fixtures/inputs/example-implicit.json', import.meta.url));
const ASTRO_BIN = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
/** The 0.12 pages need the Okta service application's fields too. */
const LEGACY_INPUTS_FILE = fileURLToPath(new URL('../tests/fixtures/inputs/legacy-implicit.json', import.meta.url));
const HOST = '127.0.0.1';
/**
 * The fields typed into, the first whose value a snippet of the page shows: the Client ID is in
 * every file of every deployment target; 0.12's ingestion and service application pages show the
 * service application's client ID instead.
 */
const FIELDS = ['[name="clientId"]', '[name="serviceClientId"]'] as const;
/** Every release's panel has it: its presence says the panel is there and open. */
const PANEL_FIELD = FIELDS[0];
const SNIPPET_CODE = 'om-snippet figure[data-target] code';
/** Keystrokes per page when looking for a release line's heaviest page. */
const PROBE_KEYSTROKES = 8;
/**
 * 4x first, on keys the page has not seen yet (its code not yet optimised by the JavaScript engine),
 * as a reader on a phone types their first values; then unthrottled, then 4x again once warm.
 */
const THROTTLES = [4, 1, 4] as const;
/**
 * Between filling the form and the first timed key: a reader takes at least this long to move to
 * the next field. The page does its idle work in such pauses (src/live/rehearsal.ts); keys typed
 * within milliseconds of the engine's start, faster than anyone types, would meet it unfinished.
 */
const READER_PAUSE_MS = 1000;
const FRAME_MS = 1000 / 60;
/**
 * What is typed, one character per keystroke (cycled). Not 'x' over and over: six x's in a row
 * are a documentation placeholder to the rules (OKTA-TPL-001), which then blank the snippet.
 */
const KEYS = 'abcdefghijklmnopqrstuvwyz';

export interface Stats {
  n: number;
  median: number;
  p95: number;
  max: number;
  min: number;
  mean: number;
}

/** Median (mean of the middle two for even n), p95 by nearest rank, max, min, mean. */
export function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { n, median: NaN, p95: NaN, max: NaN, min: NaN, mean: NaN };
  const median = n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  const p95 = sorted[Math.min(n - 1, Math.ceil(0.95 * n) - 1)]!;
  return { n, median, p95, max: sorted[n - 1]!, min: sorted[0]!, mean: sorted.reduce((a, b) => a + b, 0) / n };
}

// ---------------------------------------------------------------------------------------------
// (b) keystroke latency

export interface KeystrokeSample {
  /** input event -> the snippet's code shows the value (ms). */
  dom: number;
  /** input event -> the end of the frame that paints it (ms). */
  paint: number;
  /** The snippet had the new value before dispatchEvent returned: the update is synchronous. */
  sync: boolean;
}

export interface LatencyRun {
  /** 1 = unthrottled; 4 = CDP Emulation.setCPUThrottlingRate 4 (a slower laptop or a phone). */
  throttle: number;
  /** Keys typed into the page before this run (after the form was filled): 0 is the first run. */
  after: number;
  keystrokes: number;
  dom: Stats;
  paint: Stats;
  /** The same 'to next paint' clock around a change that costs nothing: the floor. */
  baseline: Stats;
  /** The field typed into (one of FIELDS). */
  field: string;
  /** How many snippet files showed its value (and so had to change on each keystroke). */
  files: number;
  syncUpdates: number;
  timeouts: number;
  /** Diagnostics shown on the page when a keystroke timed out (why the snippets did not update). */
  timeoutRules: string[];
  /** The field's value after the last keystroke. */
  finalValue: string;
  longTasks: { count: number; totalMs: number; maxMs: number };
  samples: KeystrokeSample[];
}

export type LatencyReport =
  | { ran: true; url: string; server: string; runs: LatencyRun[]; pageErrors: string[] }
  | { ran: false; url: string; reason: string };

/** The server's answer (any status), or undefined when nothing listens. */
async function answers(url: string): Promise<{ status: number; text: string } | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
    return { status: response.status, text: await response.text() };
  } catch {
    return undefined;
  }
}

interface Server {
  origin: string;
  started: boolean;
  note: string;
  stop(): Promise<void>;
}

/**
 * A static server for `dir` on `port`: one already answering there is reused (when `dir` is this
 * project's dist/), otherwise `astro preview` is started for `root` (its own process group) and
 * stopped by `stop()`.
 */
async function ensureServer(log: (line: string) => void, port: number, root = ROOT, reuse = true): Promise<Server> {
  const origin = `http://${HOST}:${port}`;
  const existing = reuse ? await answers(`${origin}/`) : undefined;
  if (existing !== undefined) {
    const dev = existing.text.includes('/@vite/client');
    return {
      origin,
      started: false,
      note: dev
        ? `reused a server on ${origin}: it is \`astro dev\`, not the built site; timings are not representative`
        : `reused the server already answering on ${origin}`,
      stop: async () => {},
    };
  }
  log(`starting \`astro preview\` on ${origin} ...`);
  const child: ChildProcess = spawn(process.execPath, [ASTRO_BIN, 'preview', '--host', HOST, '--port', String(port)], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const stop = async () => {
    if (exited || child.pid === undefined) return;
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 5000);
    await gone;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`\`astro preview\` exited before answering:\n${output.trim()}`);
    if ((await answers(`${origin}/`)) !== undefined) {
      return { origin, started: true, note: `started \`astro preview\` (pid ${child.pid}), stopped at the end`, stop };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`\`astro preview\` did not answer on ${origin} within 60 s:\n${output.trim()}`);
}

/** Pages measured in the browser with the live engine (section a2). */
const LOADED_PAGES = [
  ...['v2.0', 'v1.13', 'v0.12'].flatMap((dir) => [`/${dir}/`, `/${dir}/deployment/docker/`, `/${dir}/deployment/kubernetes/`]),
  '/v0.12/service-application/',
];

export async function measureLoaded(origin: string): Promise<LoadedJs[]> {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  try {
    const context = await browser.newContext({ baseURL: origin });
    await saveValuesBeforeEachPage(context, JSON.parse(readFileSync(INPUTS_FILE, 'utf8')) as Record<string, unknown>);
    const page = await context.newPage();
    const pages: LoadedJs[] = [];
    for (const path of LOADED_PAGES) pages.push(await measureLoadedJs(page, path));
    return pages;
  } finally {
    await browser.close();
  }
}

/**
 * The release lines: the newest release of each major version (2.0, 1.13, 0.12 today), with the
 * pages of that release that show live snippets (read from dist/).
 */
export function releaseLines(dist = DIST): { release: string; pages: string[] }[] {
  const seen = new Set<string>();
  const lines: { release: string; pages: string[] }[] = [];
  for (const release of releases) {
    const major = release.id.split('.')[0]!;
    if (seen.has(major)) continue;
    seen.add(major);
    const pages = listHtmlFiles(join(dist, release.contentDir))
      .filter((file) => /<om-snippet[\s>]/.test(readFileSync(file, 'utf8')))
      .map((file) => `/${relative(dist, file).split(sep).join('/').replace(/index\.html$/, '')}`);
    lines.push({ release: release.id, pages: pages.sort() });
  }
  return lines;
}

/**
 * Opens `path`, fills the panel with the example inputs and types `keystrokes` characters into the
 * Client ID, once per CPU throttle rate. A keystroke's time runs from the `input` event to the
 * moment every snippet file that showed the Client ID shows the new one (MutationObserver: 'to
 * snippet text'), and to the end of the next frame (requestAnimationFrame, then a task: 'to next
 * paint'). Measured inside the page, so Playwright's round trips are not part of it.
 */
export async function measureLatency(
  browser: import('@playwright/test').Browser,
  origin: string,
  pagePath: string,
  keystrokes: number,
  throttles: readonly number[],
  inputsFile: string = INPUTS_FILE,
): Promise<LatencyReport> {
  const url = `${origin}${pagePath}`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response || !response.ok()) {
      return { ran: false, url, reason: `${url} answered ${response?.status() ?? 'nothing'} (the server serves dist/ as it is on disk: is the build complete?)` };
    }
    if ((await page.locator(PANEL_FIELD).count()) === 0) {
      return { ran: false, url, reason: `setup panel not found on the page (no ${PANEL_FIELD} field on ${pagePath})` };
    }
    // On non-overview pages the panel sits in a closed <details data-setup-details>.
    const details = page.locator('details[data-setup-details]').first();
    if ((await details.count()) > 0 && !(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await details.locator(':scope > summary').click();
    }
    const field = page.locator(PANEL_FIELD).first();
    try {
      await field.waitFor({ state: 'visible', timeout: 5000 });
    } catch {
      return { ran: false, url, reason: `the ${PANEL_FIELD} field did not become visible after opening the setup panel` };
    }

    // Fill the fields the way a reader would (one input event each), then wait until a snippet
    // shows the Client ID, so each measured keystroke changes already-rendered snippets.
    const inputs = JSON.parse(readFileSync(inputsFile, 'utf8')) as Record<string, unknown>;
    const values = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
    const ready = await page.evaluate(
      async ({ values, fields, code }) => {
        for (const [name, value] of Object.entries(values)) {
          if (typeof value !== 'string') continue;
          const el = document.querySelector<HTMLInputElement>(`input[name="${name}"]:not([type="checkbox"]):not([type="radio"])`);
          if (!el) continue;
          el.value = value;
          el.dispatchEvent(new Event('input', { bubbles: true }));
        }
        const inputs = fields.map((f) => document.querySelector<HTMLInputElement>(f)).filter((el) => el !== null && el.value !== '');
        const deadline = performance.now() + 5000;
        while (performance.now() < deadline) {
          const texts = [...document.querySelectorAll(code)].map((c) => c.textContent ?? '');
          const shown = inputs.find((input) => texts.some((text) => text.includes(input!.value)));
          if (shown) return { ok: true, field: `[name="${shown.name}"]`, text: '' };
          await new Promise((r) => setTimeout(r, 20));
        }
        const shown = [...document.querySelectorAll('[data-rule-id]')].map((d) => d.getAttribute('data-rule-id')).join(', ');
        return { ok: false, field: '', text: `${(document.querySelector(code)?.textContent ?? '').slice(0, 200)}${shown ? ` (diagnostics shown: ${shown})` : ''}` };
      },
      { values, fields: [...FIELDS], code: SNIPPET_CODE },
    );
    if (!ready.ok) {
      return { ran: false, url, reason: `no snippet showed the value of ${FIELDS.join(' or ')} after filling the form; the first shows: ${ready.text}` };
    }

    await page.waitForTimeout(READER_PAUSE_MS);
    const cdp = await context.newCDPSession(page);
    const runs: LatencyRun[] = [];
    for (const throttle of throttles) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      const run = await page.evaluate(typeKeys, { n: keystrokes, field: ready.field, code: SNIPPET_CODE, timeoutMs: 2000, keys: KEYS, frameMs: FRAME_MS });
      runs.push({
        throttle,
        after: runs.length * keystrokes,
        keystrokes,
        field: ready.field,
        dom: stats(run.samples.map((s) => s.dom)),
        paint: stats(run.samples.map((s) => s.paint)),
        baseline: stats(run.baseline),
        files: run.files,
        syncUpdates: run.samples.filter((s) => s.sync).length,
        timeouts: run.timeouts,
        timeoutRules: run.timeoutRules,
        finalValue: run.finalValue,
        longTasks: { count: run.long.length, totalMs: run.long.reduce((a, b) => a + b, 0), maxMs: run.long.length ? Math.max(...run.long) : 0 },
        samples: run.samples,
      });
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
    return { ran: true, url, server: origin, runs, pageErrors: errors };
  } finally {
    await context.close();
  }
}

/** Runs in the page: types `n` keys into `field`, each timed until every snippet file showing its value shows the new one. */
async function typeKeys({ n, field, code, timeoutMs, keys, frameMs }: { n: number; field: string; code: string; timeoutMs: number; keys: string; frameMs: number }) {
  const input = document.querySelector<HTMLInputElement>(field)!;
  const codes = () => [...document.querySelectorAll(code)];
  // The files that show the value now, by position: a snippet may replace its <code> (or figure).
  const showing = new Set(codes().flatMap((c, i) => ((c.textContent ?? '').includes(input.value) ? [i] : [])));
  const allShow = () => {
    const now = codes();
    for (const i of showing) if (!(now[i]?.textContent ?? '').includes(input.value)) return false;
    return true;
  };
  const settle = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  // The probe's own code is compiled before the first key, so its compilation is not counted in it
  // (at 4x it was several milliseconds of the first key's time). It reads and changes nothing.
  for (let i = 0; i < 30; i++) allShow();
  const long: number[] = [];
  let observer: PerformanceObserver | undefined;
  try {
    observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) long.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
  } catch {
    observer = undefined;
  }
  const samples: { dom: number; paint: number; sync: boolean }[] = [];
  let timeouts = 0;
  const timeoutRules = new Set<string>();
  for (let i = 0; i < n; i++) {
    await settle();
    await settle();
    // A reader's keystroke lands anywhere in a frame: start each one at a different point
    // of the frame (golden-ratio spread), or 'to next paint' would always wait a whole frame.
    await new Promise((r) => setTimeout(r, ((i * 0.618034) % 1) * frameMs));
    const key = keys[i % keys.length]!;
    const sample = await new Promise<{ dom: number; paint: number; sync: boolean } | undefined>((resolve) => {
      let done = false;
      let t0 = 0;
      let sync = false;
      const check = () => {
        if (done || !allShow()) return;
        done = true;
        mutations.disconnect();
        clearTimeout(timer);
        const dom = performance.now() - t0;
        // rAF runs just before the frame is painted; the task after it runs once it is.
        requestAnimationFrame(() => setTimeout(() => resolve({ dom, paint: performance.now() - t0, sync }), 0));
      };
      const mutations = new MutationObserver(check);
      mutations.observe(document.body, { subtree: true, childList: true, characterData: true });
      const timer = setTimeout(() => {
        if (done) return;
        done = true;
        mutations.disconnect();
        resolve(undefined);
      }, timeoutMs);
      t0 = performance.now();
      input.value += key;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      sync = allShow();
      if (sync) check();
    });
    if (sample) samples.push(sample);
    else {
      timeouts++;
      for (const el of document.querySelectorAll('[data-rule-id]')) timeoutRules.add(el.getAttribute('data-rule-id') ?? '');
    }
  }
  await settle();
  observer?.disconnect();
  // Baseline: the same clock around a change that costs nothing (one text node outside the
  // page's content), at the same points of the frame. What the keystrokes take beyond this
  // is the page's own work: the input handler plus style, layout and paint of what it wrote.
  const probe = document.body.appendChild(document.createElement('span'));
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = 'position:fixed;left:0;bottom:0;font-size:1px;opacity:0.01';
  const baseline: number[] = [];
  for (let i = 0; i < n; i++) {
    await settle();
    await settle();
    await new Promise((r) => setTimeout(r, ((i * 0.618034) % 1) * frameMs));
    baseline.push(
      await new Promise<number>((resolve) => {
        const t0 = performance.now();
        probe.textContent = String(i);
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
      }),
    );
  }
  probe.remove();
  return { samples, timeouts, timeoutRules: [...timeoutRules], long, finalValue: input.value, baseline, files: showing.size };
}

/**
 * The heaviest page of each release line, by measurement: a few keystrokes at 4x throttle on every
 * page of the line's newest release that has live snippets, the slowest median 'to snippet text'
 * wins; then the full run on it at each throttle rate.
 */
export async function measureLines(
  origin: string,
  keystrokes: number,
  log: (line: string) => void,
  only?: string,
): Promise<{ release: string; probed: { page: string; median: number }[]; report: LatencyReport }[]> {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  try {
    const out = [];
    for (const line of releaseLines()) {
      let pages = line.pages;
      const inputsFile = findRelease(line.release)?.ingestion.kind === 'okta-service-app' ? LEGACY_INPUTS_FILE : INPUTS_FILE;
      if (only) {
        if (!pages.includes(only)) continue;
        pages = [only];
      }
      const probed: { page: string; median: number }[] = [];
      if (pages.length > 1) {
        for (const page of pages) {
          const probe = await measureLatency(browser, origin, page, PROBE_KEYSTROKES, [4], inputsFile);
          if (probe.ran) probed.push({ page, median: probe.runs[0]!.dom.median });
          else log(`  ${page}: not probed: ${probe.reason.split('\n')[0]!.slice(0, 120)}`);
        }
        probed.sort((a, b) => b.median - a.median);
      }
      const heaviest = probed[0]?.page ?? pages[0];
      if (!heaviest) continue;
      log(`  ${line.release}: measuring ${heaviest}`);
      out.push({ release: line.release, probed, report: await measureLatency(browser, origin, heaviest, keystrokes, THROTTLES, inputsFile) });
    }
    return out;
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------
// (c) CLI render throughput

export interface RenderBench {
  target: Target;
  renders: number;
  ms: number;
  perSecond: number;
  usPerRender: number;
  files: number;
  errors: number;
}

export function benchRenders(renders: number): RenderBench[] {
  const release = findRelease('1.12');
  if (!release) throw new Error('release 1.12 not found in src/releases');
  const inputs = JSON.parse(readFileSync(INPUTS_FILE, 'utf8')) as unknown;
  const out: RenderBench[] = [];
  for (const target of targetsFor(release)) {
    const check = renderTarget({ release, target, inputs });
    const errors = check.diagnostics.filter((d) => d.severity === 'error').length;
    for (let i = 0; i < Math.min(100, renders); i++) renderTarget({ release, target, inputs }); // warm up the JIT
    const start = performance.now();
    let sink = 0;
    for (let i = 0; i < renders; i++) sink += renderTarget({ release, target, inputs }).files.length;
    const ms = performance.now() - start;
    if (sink < 0) console.log(sink); // keep the loop's result alive
    out.push({ target, renders, ms, perSecond: (renders / ms) * 1000, usPerRender: (ms * 1000) / renders, files: check.files.length, errors });
  }
  return out;
}

/** (d) The error explainer on a 2 MB server log whose one telling line sits in the middle: median of 5 runs. */
export function benchExplain(): { logBytes: number; medianMs: number; found: number | undefined } {
  const noise = 'INFO  [2026-12-01 08:00:00,000] o.o.s.r.EntityRepository - listed 50 tables\n';
  const half = noise.repeat(Math.ceil(1_000_000 / noise.length));
  const log = `${half}ERROR com.auth0.jwk.SigningKeyNotFoundException: No key found in https://dev-1.okta.com/oauth2/default/v1/keys with kid x1\n${half}`;
  const times: number[] = [];
  let found: number | undefined;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    found = explainError(log)[0]?.fm;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { logBytes: log.length, medianMs: times[2]!, found };
}

/**
 * (e) How `om-okta` starts: the whole process, as a reader runs it (bin/om-okta.js, the bundle
 * when the build made one), against a bare `node -e 0` on the same Node in the same run, in
 * turns (A B A B ...) so that a drift of the machine's speed hits both. Medians and their ratio.
 */
export function benchCliStart(runs = 9): { bundled: boolean; cliMs: number; bareMs: number; ratio: number } {
  const bin = fileURLToPath(new URL('../bin/om-okta.js', import.meta.url));
  const cli = [bin, 'render', '--release', latestRelease.id, '--target', 'docker', '--inputs', INPUTS_FILE];
  const time = (args: string[]): number => {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (run.status === null || run.status > 1) throw new Error(`${args.join(' ')} exited with ${run.status}`);
    return performance.now() - start;
  };
  time(cli); // warm the file cache
  const cliTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    cliTimes.push(time(cli));
    bareTimes.push(time(['-e', '0']));
  }
  const ratios = cliTimes.map((t, i) => t / bareTimes[i]!);
  return {
    bundled: existsSync(fileURLToPath(new URL('../dist-cli/om-okta.js', import.meta.url))),
    cliMs: stats(cliTimes).median,
    bareMs: stats(bareTimes).median,
    ratio: stats(ratios).median,
  };
}

// ---------------------------------------------------------------------------------------------
// (f) the site's build against an empty Starlight site's

/**
 * A Starlight site with one Markdown page, in a temporary folder, built with this project's
 * installed packages: the floor for the build time and for the
 * JavaScript a Starlight page loads. Starlight's defaults, nothing else.
 */
export function makeEmptyStarlight(): string {
  // Inside this checkout (.tmp/ is ignored by git), so that the packages resolve from its
  // node_modules: Vite fails to compile Starlight's components through a linked node_modules in /tmp.
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.tmp', 'empty-starlight-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'empty-starlight', private: true, type: 'module', dependencies: { astro: '*', '@astrojs/starlight': '*' } }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n" +
      "export default defineConfig({ integrations: [starlight({ title: 'Empty' })] });\n",
  );
  mkdirSync(join(dir, 'src', 'content', 'docs'), { recursive: true });
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';\n" +
      "import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';\n" +
      'export const collections = {\n  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),\n' +
      '  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),\n};\n',
  );
  writeFileSync(join(dir, 'src', 'content', 'docs', 'index.md'), '---\ntitle: Empty\n---\n\nOne paragraph.\n');
  return dir;
}

/** `astro build` in `root` into `outDir`, timed (the whole process). */
function timeBuild(root: string, outDir: string): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, [ASTRO_BIN, 'build', '--outDir', outDir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`astro build in ${root} exited with ${run.status}:\n${(run.stderr || run.stdout).slice(-2000)}`);
  return performance.now() - start;
}

export interface BuildBench {
  runs: number;
  siteMs: number;
  emptyMs: number;
  ratio: number;
  pages: number;
}

/** The site's build and the empty Starlight site's, in turns, `runs` times each: medians and the median ratio. */
export function benchBuild(empty: string, runs: number, log: (line: string) => void): BuildBench {
  const siteOut = mkdtempSync(join(tmpdir(), 'om-okta-bench-dist-'));
  const emptyOut = join(empty, 'dist');
  const site: number[] = [];
  const bare: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      log(`  build ${i + 1}/${runs} ...`);
      site.push(timeBuild(ROOT, siteOut));
      bare.push(timeBuild(empty, emptyOut));
    }
    return {
      runs,
      siteMs: stats(site).median,
      emptyMs: stats(bare).median,
      ratio: stats(site.map((t, i) => t / bare[i]!)).median,
      pages: listHtmlFiles(siteOut).length,
    };
  } finally {
    rmSync(siteOut, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// report

const ms = (value: number) => `${value.toFixed(2)} ms`;
const ratio = (value: number) => `${value.toFixed(2)}x`;

/** Which keys of the page a run timed: the first ones, or later ones once the page's code is warm. */
const runLabel = (run: Pick<LatencyRun, 'after'>): string => (run.after === 0 ? `first keys (${READER_PAUSE_MS / 1000} s after the values are in)` : `after ${run.after} keys`);

function formatLatency(line: { release: string; probed: { page: string; median: number }[]; report: LatencyReport }): string[] {
  const { report } = line;
  if (!report.ran) return [`${line.release}: not run: ${report.reason}`];
  const lines = [`${line.release}: ${new URL(report.url).pathname}` + (line.probed.length > 1 ? ` (heaviest of ${line.probed.map((p) => `${p.page} ${p.median.toFixed(1)}`).join(', ')} ms at 4x)` : '')];
  for (const run of report.runs) {
    lines.push(
      `  ${run.throttle}x CPU, ${runLabel(run)}: to every snippet: median ${ms(run.dom.median)}, p95 ${ms(run.dom.p95)}; ` +
        `to next paint: median ${ms(run.paint.median)}, p95 ${ms(run.paint.p95)} ` +
        `(no-cost change: median ${ms(run.baseline.median)}, p95 ${ms(run.baseline.p95)}; ratio of medians ${ratio(run.paint.median / run.baseline.median)})`,
      `        ${run.keystrokes} keys into ${run.field}, ${run.files} files followed it; in the input event itself: ${run.syncUpdates}/${run.dom.n}; ` +
        `timeouts: ${run.timeouts}${run.timeouts ? ` (${run.timeoutRules.join(', ') || 'no diagnostics shown'})` : ''}; long tasks: ${run.longTasks.count}`,
    );
  }
  if (report.pageErrors.length) lines.push(`  page errors: ${report.pageErrors.join('; ')}`);
  return lines;
}

function formatRenders(results: RenderBench[]): string[] {
  const rows = results.map((r) => [r.target, String(r.renders), r.perSecond.toFixed(0), `${r.usPerRender.toFixed(1)}`, String(r.files), String(r.errors)]);
  const header = ['target', 'renders', 'renders/s', 'µs/render', 'files', 'errors'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

const USAGE =
  'usage: node scripts/bench.ts [--json] [--port N] [--budget-kb N] [--keystrokes N] [--renders N] [--build-runs N] [--skip-build] [--skip-browser] [--page PATH]';

if (import.meta.main) {
  let args;
  let budgetBytes: number;
  let keystrokes: number;
  let renders: number;
  let buildRuns: number;
  let port: number;
  try {
    args = parseArgs({
      options: {
        json: { type: 'boolean', default: false },
        port: { type: 'string', default: process.env['BENCH_PORT'] ?? process.env['E2E_PORT'] ?? '4321' },
        'budget-kb': { type: 'string' },
        keystrokes: { type: 'string', default: '30' },
        renders: { type: 'string', default: '1000' },
        'build-runs': { type: 'string', default: '3' },
        'skip-build': { type: 'boolean', default: false },
        'skip-browser': { type: 'boolean', default: false },
        page: { type: 'string' },
      },
    });
    budgetBytes = Math.round(parseBudgetKb(args.values['budget-kb']) * 1024);
    keystrokes = Number(args.values.keystrokes);
    renders = Number(args.values.renders);
    buildRuns = Number(args.values['build-runs']);
    port = Number(args.values.port);
    if (!Number.isInteger(keystrokes) || keystrokes < 1) throw new Error('--keystrokes must be a positive integer');
    if (!Number.isInteger(renders) || renders < 1) throw new Error('--renders must be a positive integer');
    if (!Number.isInteger(buildRuns) || buildRuns < 1) throw new Error('--build-runs must be a positive integer');
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error('--port (or BENCH_PORT, E2E_PORT) must be a TCP port');
  } catch (error) {
    console.error((error as Error).message);
    console.error(USAGE);
    process.exit(2);
  }
  if (!existsSync(DIST)) {
    console.error('dist/ not found: run `npm run build` first.');
    process.exit(2);
  }
  const json = args.values.json;
  const log = (line: string) => (json ? console.error(line) : console.log(line));
  const say = (line = '') => {
    if (!json) console.log(line);
  };

  // Timings mean little on a busy machine: say how busy it was, before and after.
  const machine = () => ({ cores: availableParallelism(), load1: Number(loadavg()[0]!.toFixed(2)) });
  const before = machine();
  say(`machine: ${before.cores} cores, load average (1 min) ${before.load1} at start` + (before.load1 > before.cores ? ': BUSY, timings below are pessimistic' : ''));
  say();

  const empty = makeEmptyStarlight();
  try {
    // (1) build time
    say('== (1) build time: this site against an empty Starlight site (one Markdown page), same machine, in turns ==');
    let build: BuildBench | undefined;
    if (args.values['skip-build']) say('skipped (--skip-build); the empty site is still built once for (2)');
    else {
      build = benchBuild(empty, buildRuns, log);
      say(`astro build: median ${(build.siteMs / 1000).toFixed(1)} s (${build.pages} pages) against ${(build.emptyMs / 1000).toFixed(1)} s for the empty site: ${ratio(build.ratio)} (median of ${build.runs} run-by-run ratios)`);
    }
    if (!existsSync(join(empty, 'dist'))) timeBuild(empty, join(empty, 'dist'));
    say();

    // (2) JavaScript per page
    const pages: PageJs[] = measurePages(DIST);
    const decision = budgetDecision(pages, budgetBytes);
    const emptyJs = measurePages(join(empty, 'dist'))[0]!;
    say('== (2) JavaScript per page, gzipped (level 9) ==');
    say(`before any script runs (static; npm run test:size): largest ${kb(pages[0]!.eagerGzip)} KB (${pages[0]!.page}); empty Starlight page ${kb(emptyJs.eagerGzip)} KB`);
    say('files, largest first (eager on / lazy on = number of pages):');
    for (const line of formatBreakdown(pages).slice(0, 22)) say(`  ${line}`);
    let loaded: LoadedJs[] | undefined;
    let emptyLoaded: LoadedJs | undefined;
    let latency: Awaited<ReturnType<typeof measureLines>> = [];
    let browserNote = 'skipped (--skip-browser)';
    if (!args.values['skip-browser']) {
      let server: Server | undefined;
      let emptyServer: Server | undefined;
      try {
        server = await ensureServer(log, port);
        emptyServer = await ensureServer(log, port + 1, empty, false);
        loaded = await measureLoaded(server.origin);
        const { chromium } = await import('@playwright/test');
        const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
        try {
          emptyLoaded = await measureLoadedJs(await browser.newPage({ baseURL: emptyServer.origin }), '/');
        } finally {
          await browser.close();
        }
        say(`in Chromium with the reader's values saved (live engine and the release's renderers loaded; scripts/measure-page-js.ts):`);
        for (const p of loaded) {
          say(`  ${p.page.padEnd(30)} ${kb(p.gzip).padStart(6)} KB  ${p.gzip <= budgetBytes ? 'within' : 'OVER'} the ${kb(budgetBytes)} KB budget; ${ratio(p.gzip / emptyLoaded.gzip)} the empty Starlight page`);
        }
        const heaviest = loaded.reduce((a, b) => (b.gzip > a.gzip ? b : a));
        say(`  heaviest: ${heaviest.page}: ${heaviest.files.map((f) => `${f.url.replace(/^\/_astro\//, '')} ${kb(f.gzip)}`).join(', ')}`);
        say(`  empty Starlight page: ${kb(emptyLoaded.gzip)} KB (${emptyLoaded.files.map((f) => `${f.url.replace(/^\/_astro\//, '')} ${kb(f.gzip)}`).join(', ')})`);
        say();
        // (3) keystroke latency
        say('== (3) keystroke to every snippet, Chromium, the heaviest page of each release line ==');
        latency = await measureLines(server.origin, keystrokes, log, args.values.page);
        for (const line of latency) for (const text of formatLatency(line)) say(text);
      } catch (error) {
        browserNote = `browser run failed: ${(error as Error).message.split('\n')[0]}`;
        say(browserNote);
      } finally {
        await emptyServer?.stop();
        await server?.stop();
      }
    } else say(browserNote);
    say();

    // (4) CLI start
    const cliStart = benchCliStart();
    say(`== (4) om-okta render, the whole process (${cliStart.bundled ? 'the bundle in dist-cli/' : 'the TypeScript sources: no bundle, run npm run build'}) ==`);
    say(`median ${ms(cliStart.cliMs)} against ${ms(cliStart.bareMs)} for a bare node -e 0: ${ratio(cliStart.ratio)} (median of the run-by-run ratios)`);
    say();

    // Also: render throughput and the error explainer, in process.
    const cli = benchRenders(renders);
    const explain = benchExplain();
    say(`== also: om-okta render in process (release 1.12, ${INPUTS_FILE.slice(ROOT.length)}) ==`);
    for (const line of formatRenders(cli)) say(line);
    say(`error explainer on a ${(explain.logBytes / 1e6).toFixed(1)} MB log: median ${ms(explain.medianMs)} over 5 runs; first failure mode FM-${explain.found ?? 'none'}`);
    say();

    const after = machine();
    const heaviestLoaded = loaded?.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    if (json) {
      console.log(
        JSON.stringify(
          {
            machine: { ...before, load1After: after.load1 },
            build: build ?? null,
            js: {
              budgetBytes,
              exitCode: decision.exitCode,
              over: decision.over.map((p) => p.page),
              emptyStarlightEager: emptyJs.eagerGzip,
              emptyStarlightLoaded: emptyLoaded?.gzip ?? null,
              pages: pages.map(({ page, eagerGzip, lazyGzip }) => ({ page, eagerGzip, lazyGzip })),
              files: fileBreakdown(pages),
              loaded: loaded?.map(({ page, gzip, files }) => ({ page, gzip, files })) ?? browserNote,
            },
            latency: latency.map(({ release, probed, report }) => ({ release, probed, report })),
            cliStart,
            cli,
            explain,
          },
          null,
          2,
        ),
      );
    } else {
      say(`machine: load average (1 min) ${after.load1} at end` + (after.load1 > after.cores ? ': BUSY' : ''));
      say('summary (medians; ratios against baselines measured in this run):');
      say(`  build        ${build ? `${(build.siteMs / 1000).toFixed(1)} s, ${ratio(build.ratio)} an empty Starlight site (${(build.emptyMs / 1000).toFixed(1)} s)` : 'not measured'}`);
      say(
        `  JS per page  ${heaviestLoaded && emptyLoaded ? `${kb(heaviestLoaded.gzip)} KB gz at most with the live engine (${heaviestLoaded.page}), ${ratio(heaviestLoaded.gzip / emptyLoaded.gzip)} an empty Starlight page (${kb(emptyLoaded.gzip)} KB)` : 'not measured in the browser'}; ` +
          `budget ${kb(budgetBytes)} KB: ${decision.exitCode === 0 ? 'OK' : decision.exitCode === 1 ? `EXCEEDED on ${decision.over.length} page(s)` : 'no pages'}`,
      );
      for (const { release, report } of latency) {
        if (!report.ran) continue;
        say(`  keystroke    ${release} ${new URL(report.url).pathname}: ${report.runs.map((r) => `${r.throttle}x ${runLabel(r)} median ${r.dom.median.toFixed(1)} / p95 ${r.dom.p95.toFixed(1)} ms`).join('; ')} (to every snippet)`);
      }
      say(`  CLI start    ${ms(cliStart.cliMs)}, ${ratio(cliStart.ratio)} a bare node -e 0 (${ms(cliStart.bareMs)})`);
    }
    const overLoaded = loaded?.filter((p) => p.gzip > budgetBytes) ?? [];
    process.exitCode = decision.exitCode === 2 ? 2 : decision.exitCode === 1 || overLoaded.length > 0 ? 1 : 0;
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
}
