/**
 * Measurements for the site and the CLI (`npm run build && npm run bench`):
 *
 * (a) JavaScript per page, gzipped (scripts/measure-js.ts): the table, the biggest files, and the
 *     budget verdict.
 * (b) Keystroke-to-snippet latency in Chromium on /v1.12/deployment/docker/: for each of N
 *     keystrokes in the Okta domain field, the time from the `input` event to the moment the first
 *     Docker snippet's `<code>` shows the new value (MutationObserver), and to the end of the next
 *     frame (requestAnimationFrame, then a task: the frame that paints the change). Measured
 *     inside the page, so Playwright's round trips are not part of it. dist/ is served with
 *     `npm run preview` on 127.0.0.1:4321; a server already answering there is reused, otherwise
 *     one is started and stopped at the end.
 * (a2) What pages really load in Chromium with the reader's values saved, the live engine and
 *     their release's renderers included (scripts/measure-page-js.ts): the overview and Docker
 *     pages of the newest release and of 0.12. The browser suite holds every page to the budget.
 * (c) `om-okta render` in process: renderTarget() for each target, 1000 times, renders/second.
 * (d) The offline error explainer on a 2 MB log with one telling line: median of 5 runs.
 * (e) `om-okta` as a reader starts it (bin/om-okta.js, the bundle the build makes), the whole process,
 *     against a bare `node -e 0` in the same run: medians and their ratio.
 *
 * Timing never fails the bench: it reports. Exit 1 only when a page is over the JS budget
 * (48 KB gz unless --budget-kb N), 2 for bad arguments or a missing dist/.
 * Options: --json (machine output), --keystrokes N (30), --renders N (1000), --budget-kb N,
 * --skip-browser, --page PATH (another page with the panel; default /v1.12/deployment/docker/).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromiumLaunchOptions } from './chromium.ts';
import {
  budgetDecision,
  fileBreakdown,
  formatBreakdown,
  formatTable,
  kb,
  measurePages,
  parseBudgetKb,
  type PageJs,
} from './measure-js.ts';
import { measureLoadedJs, saveValuesBeforeEachPage, type LoadedJs } from './measure-page-js.ts';
import { findRelease, latestRelease } from '../src/releases/index.ts';
import { renderTarget } from '../src/render/index.ts';
import { explainError } from '../src/rules/explain.ts';
import { TARGETS, type Target } from '../src/targets/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const INPUTS_FILE = fileURLToPath(new URL('../tests/fixtures/inputs/example-implicit.json', import.meta.url));
const HOST = '127.0.0.1';
const PORT = 4321;
const BASE_URL = `http://${HOST}:${PORT}`;
const LATENCY_PAGE = '/v1.12/deployment/docker/';
const FIELD = '[name="oktaDomain"]';
const SNIPPET_CODE = 'figure[data-target="docker"] code';
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

export type LatencyReport =
  | {
      ran: true;
      url: string;
      server: string;
      keystrokes: number;
      dom: Stats;
      paint: Stats;
      /** The same 'to next paint' clock around a change that costs nothing: the floor. */
      baseline: Stats;
      syncUpdates: number;
      timeouts: number;
      /** Diagnostics shown on the page when a keystroke timed out (why the snippet did not update). */
      timeoutRules: string[];
      /** The field's value after the last keystroke. */
      finalValue: string;
      pageErrors: string[];
      longTasks: { count: number; totalMs: number; maxMs: number };
      underOneFrame: boolean;
      samples: KeystrokeSample[];
    }
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

/** The preview server: one already answering, or `npm run preview` started here (its own process group). */
async function ensureServer(log: (line: string) => void): Promise<Server> {
  const existing = await answers(`${BASE_URL}${LATENCY_PAGE}`);
  if (existing !== undefined) {
    const dev = existing.text.includes('/@vite/client');
    return {
      origin: BASE_URL,
      started: false,
      note: dev
        ? `reused a server on ${BASE_URL}: it is \`astro dev\`, not the built site; timings are not representative`
        : `reused the server already answering on ${BASE_URL}`,
      stop: async () => {},
    };
  }
  log(`starting \`npm run preview\` on ${BASE_URL} ...`);
  const child: ChildProcess = spawn('npm', ['run', 'preview'], {
    cwd: ROOT,
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
    if (exited) throw new Error(`\`npm run preview\` exited before answering:\n${output.trim()}`);
    if ((await answers(`${BASE_URL}${LATENCY_PAGE}`)) !== undefined) {
      return { origin: BASE_URL, started: true, note: `started \`npm run preview\` (pid ${child.pid}), stopped at the end`, stop };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`\`npm run preview\` did not answer on ${BASE_URL} within 60 s:\n${output.trim()}`);
}

/** Pages measured in the browser with the live engine (section a2). */
const LOADED_PAGES = [`/${latestRelease.contentDir}/`, `/${latestRelease.contentDir}/deployment/docker/`, '/v0.12/', '/v0.12/deployment/docker/'];

export async function measureLoaded(log: (line: string) => void): Promise<{ ran: true; pages: LoadedJs[] } | { ran: false; reason: string }> {
  let server: Server;
  try {
    server = await ensureServer(log);
  } catch (error) {
    return { ran: false, reason: (error as Error).message };
  }
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  try {
    const context = await browser.newContext({ baseURL: BASE_URL });
    await saveValuesBeforeEachPage(context, JSON.parse(readFileSync(INPUTS_FILE, 'utf8')) as Record<string, unknown>);
    const page = await context.newPage();
    const pages: LoadedJs[] = [];
    for (const path of LOADED_PAGES) pages.push(await measureLoadedJs(page, path));
    return { ran: true, pages };
  } finally {
    await browser.close();
    await server.stop();
  }
}

export async function measureLatency(keystrokes: number, log: (line: string) => void, pagePath: string = LATENCY_PAGE): Promise<LatencyReport> {
  const url = `${BASE_URL}${pagePath}`;
  let server: Server;
  try {
    server = await ensureServer(log);
  } catch (error) {
    return { ran: false, url, reason: (error as Error).message };
  }
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response || !response.ok()) {
      return { ran: false, url, reason: `${url} answered ${response?.status() ?? "nothing"} (the server serves dist/ as it is on disk: is the build complete?)` };
    }
    if ((await page.locator(FIELD).count()) === 0) {
      return { ran: false, url, reason: `setup panel not found on the page (no ${FIELD} field on ${pagePath})` };
    }
    // On non-overview pages the panel sits in a closed <details data-setup-details>.
    const details = page.locator('details[data-setup-details]').first();
    if ((await details.count()) > 0 && !(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await details.locator(':scope > summary').click();
    }
    const field = page.locator(FIELD).first();
    try {
      await field.waitFor({ state: 'visible', timeout: 5000 });
    } catch {
      return { ran: false, url, reason: `the ${FIELD} field did not become visible after opening the setup panel` };
    }
    if ((await page.locator(SNIPPET_CODE).count()) === 0) {
      return { ran: false, url, reason: `no live Docker snippet (${SNIPPET_CODE}) on the page` };
    }

    // Fill the required fields the way a reader would (one input event each), then wait until
    // the snippet shows them, so each measured keystroke changes an already-rendered snippet.
    const inputs = JSON.parse(readFileSync(INPUTS_FILE, 'utf8')) as Record<string, unknown>;
    const ready = await page.evaluate(
      async ({ values, field, code }) => {
        for (const [name, value] of Object.entries(values)) {
          if (typeof value !== 'string') continue;
          const el = document.querySelector<HTMLInputElement>(`input[name="${name}"]:not([type="checkbox"]):not([type="radio"])`);
          if (!el) continue;
          el.value = value;
          el.dispatchEvent(new Event('input', { bubbles: true }));
        }
        const input = document.querySelector<HTMLInputElement>(field)!;
        const deadline = performance.now() + 5000;
        while (performance.now() < deadline) {
          const text = document.querySelector(code)?.textContent ?? '';
          if (input.value !== '' && text.includes(input.value)) return { ok: true, text: '' };
          await new Promise((r) => setTimeout(r, 20));
        }
        const shown = [...document.querySelectorAll('[data-rule-id]')].map((d) => d.getAttribute('data-rule-id')).join(', ');
        return { ok: false, text: `${(document.querySelector(code)?.textContent ?? '').slice(0, 200)}${shown ? ` (diagnostics shown: ${shown})` : ''}` };
      },
      { values: { oktaDomain: inputs['oktaDomain'], clientId: inputs['clientId'] }, field: FIELD, code: SNIPPET_CODE },
    );
    if (!ready.ok) {
      return { ran: false, url, reason: `the Docker snippet never showed the Okta domain after filling the form; it shows: ${ready.text}` };
    }

    const run = await page.evaluate(
      async ({ n, field, code, timeoutMs, keys, frameMs }) => {
        const input = document.querySelector<HTMLInputElement>(field)!;
        const codeText = () => document.querySelector(code)?.textContent ?? '';
        const settle = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
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
              if (done || !codeText().includes(input.value)) return;
              done = true;
              mutations.disconnect();
              clearTimeout(timer);
              const dom = performance.now() - t0;
              // rAF runs just before the frame is painted; the task after it runs once it is.
              requestAnimationFrame(() => setTimeout(() => resolve({ dom, paint: performance.now() - t0, sync }), 0));
            };
            // Watch the whole body: a snippet may replace its <code> (or figure) rather than edit it.
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
            sync = codeText().includes(input.value);
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
        return { samples, timeouts, timeoutRules: [...timeoutRules], long, finalValue: input.value, baseline };
      },
      { n: keystrokes, field: FIELD, code: SNIPPET_CODE, timeoutMs: 2000, keys: KEYS, frameMs: FRAME_MS },
    );
    await context.close();
    if (run.samples.length === 0) {
      return { ran: false, url, reason: `no keystroke reached the Docker snippet within 2 s (${run.timeouts} timeouts, field ended as ${JSON.stringify(run.finalValue)})${errors.length ? `; page errors: ${errors.join('; ')}` : ''}` };
    }
    const paint = stats(run.samples.map((s) => s.paint));
    return {
      ran: true,
      url,
      server: server.note,
      keystrokes,
      dom: stats(run.samples.map((s) => s.dom)),
      paint,
      baseline: stats(run.baseline),
      syncUpdates: run.samples.filter((s) => s.sync).length,
      timeouts: run.timeouts,
      timeoutRules: run.timeoutRules,
      finalValue: run.finalValue,
      pageErrors: errors,
      longTasks: {
        count: run.long.length,
        totalMs: run.long.reduce((a, b) => a + b, 0),
        maxMs: run.long.length ? Math.max(...run.long) : 0,
      },
      underOneFrame: paint.median < FRAME_MS,
      samples: run.samples,
    };
  } finally {
    await browser.close();
    await server.stop();
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
  for (const target of TARGETS) {
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
// report

const ms = (value: number) => `${value.toFixed(2)} ms`;

function formatLatency(report: LatencyReport): string[] {
  if (!report.ran) return [`not run: ${report.reason}`];
  const lines = [
    `${report.url} (${report.server})`,
    `  ${report.keystrokes} keystrokes in ${FIELD}, ending as ${JSON.stringify(report.finalValue)}`,
    `  to snippet text:  median ${ms(report.dom.median)}, p95 ${ms(report.dom.p95)}, max ${ms(report.dom.max)}`,
    `  to next paint:    median ${ms(report.paint.median)}, p95 ${ms(report.paint.p95)}, max ${ms(report.paint.max)}`,
    `  baseline (no-cost change, same clock): median ${ms(report.baseline.median)}, p95 ${ms(report.baseline.p95)}: ` +
      `the page's own share of the median is ${ms(Math.max(0, report.paint.median - report.baseline.median))}`,
    `  median to paint ${report.underOneFrame ? 'is under' : 'is NOT under'} one frame (${FRAME_MS.toFixed(1)} ms)`,
    `  updated synchronously in the input event: ${report.syncUpdates}/${report.dom.n}; timeouts (> 2 s): ${report.timeouts}` +
      (report.timeouts ? ` (diagnostics shown then: ${report.timeoutRules.join(', ') || 'none'})` : ''),
    `  long tasks (> 50 ms) during typing: ${report.longTasks.count}` +
      (report.longTasks.count ? `, total ${ms(report.longTasks.totalMs)}, longest ${ms(report.longTasks.maxMs)}` : ''),
  ];
  if (report.pageErrors.length) lines.push(`  page errors: ${report.pageErrors.join('; ')}`);
  return lines;
}

function formatRenders(results: RenderBench[]): string[] {
  const rows = results.map((r) => [
    r.target,
    String(r.renders),
    r.perSecond.toFixed(0),
    `${r.usPerRender.toFixed(1)}`,
    String(r.files),
    String(r.errors),
  ]);
  const header = ['target', 'renders', 'renders/s', 'µs/render', 'files', 'errors'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

if (import.meta.main) {
  let args;
  let budgetBytes: number;
  let keystrokes: number;
  let renders: number;
  try {
    args = parseArgs({
      options: {
        json: { type: 'boolean', default: false },
        'budget-kb': { type: 'string' },
        keystrokes: { type: 'string', default: '30' },
        renders: { type: 'string', default: '1000' },
        'skip-browser': { type: 'boolean', default: false },
        page: { type: 'string', default: LATENCY_PAGE },
      },
    });
    budgetBytes = Math.round(parseBudgetKb(args.values['budget-kb']) * 1024);
    keystrokes = Number(args.values.keystrokes);
    renders = Number(args.values.renders);
    if (!Number.isInteger(keystrokes) || keystrokes < 1) throw new Error('--keystrokes must be a positive integer');
    if (!Number.isInteger(renders) || renders < 1) throw new Error('--renders must be a positive integer');
  } catch (error) {
    console.error((error as Error).message);
    console.error('usage: node scripts/bench.ts [--json] [--budget-kb N] [--keystrokes N] [--renders N] [--skip-browser] [--page PATH]');
    process.exit(2);
  }
  if (!existsSync(DIST)) {
    console.error('dist/ not found: run `npm run build` first.');
    process.exit(2);
  }
  const json = args.values.json;
  const log = (line: string) => (json ? console.error(line) : console.log(line));

  // Timings mean little on a busy machine: say how busy it was, before and after.
  const machine = () => ({ cores: availableParallelism(), load1: Number(loadavg()[0]!.toFixed(2)) });
  const before = machine();
  if (!json) {
    console.log(`machine: ${before.cores} cores, load average (1 min) ${before.load1} at start` +
      (before.load1 > before.cores ? ': BUSY, timings below are pessimistic' : ''));
    console.log('');
  }

  // (a)
  const pages: PageJs[] = measurePages(DIST);
  const decision = budgetDecision(pages, budgetBytes);
  if (!json) {
    console.log('== (a) JavaScript per page, gzipped (level 9) ==');
    for (const line of formatTable(pages, budgetBytes)) console.log(line);
    console.log('');
    console.log('files, largest first (eager on / lazy on = number of pages):');
    for (const line of formatBreakdown(pages)) console.log(line);
    const unresolved = new Set(pages.flatMap((p) => p.unresolved));
    if (unresolved.size) console.log(`not followed (not counted): ${[...unresolved].join('; ')}`);
    console.log('');
  }

  // (a2)
  const loaded = args.values['skip-browser']
    ? ({ ran: false, reason: 'skipped (--skip-browser)' } as const)
    : await measureLoaded(log).catch((error: Error) => ({ ran: false, reason: `browser run failed: ${error.message.split('\n')[0]}` }) as const);
  if (!json) {
    console.log('== (a2) JavaScript loaded in Chromium with the reader\'s values (live engine included), gzipped ==');
    if (!loaded.ran) console.log(`not measured: ${loaded.reason}`);
    else {
      for (const p of loaded.pages) {
        console.log(`${p.page.padEnd(30)} ${kb(p.gzip).padStart(6)} KB  ${p.gzip <= budgetBytes ? 'within' : 'OVER'} the ${kb(budgetBytes)} KB budget`);
        console.log(`  ${p.files.map((f) => `${f.url.replace(/^\/_astro\//, '')} ${kb(f.gzip)}`).join(', ')}`);
      }
    }
    console.log('');
    console.log(`== (b) keystroke to snippet, Chromium ==`);
  }

  // (b)
  let latency: LatencyReport;
  if (args.values['skip-browser']) {
    latency = { ran: false, url: `${BASE_URL}${LATENCY_PAGE}`, reason: 'skipped (--skip-browser)' };
  } else {
    try {
      latency = await measureLatency(keystrokes, log, args.values.page);
    } catch (error) {
      latency = { ran: false, url: `${BASE_URL}${LATENCY_PAGE}`, reason: `browser run failed: ${(error as Error).message.split('\n')[0]}` };
    }
  }
  if (!json) {
    for (const line of formatLatency(latency)) console.log(line);
    console.log('');
    console.log(`== (c) om-okta render in process (release 1.12, ${INPUTS_FILE.slice(ROOT.length)}) ==`);
  }

  // (c)
  const cli = benchRenders(renders);
  // (d)
  const explain = benchExplain();
  // (e)
  const cliStart = benchCliStart();
  if (json) {
    const { samples: _samples, ...latencySummary } = latency as LatencyReport & { samples?: unknown };
    console.log(
      JSON.stringify(
        {
          js: {
            budgetBytes,
            exitCode: decision.exitCode,
            over: decision.over.map((p) => p.page),
            pages: pages.map(({ page, eagerGzip, lazyGzip, eagerBytes, lazyBytes, eager, lazy, inlineScripts, unresolved }) => ({
              page,
              eagerGzip,
              lazyGzip,
              eagerBytes,
              lazyBytes,
              eagerFiles: eager.filter((f) => f.url !== '(inline)').length,
              lazyFiles: lazy.length,
              inlineScripts,
              unresolved,
            })),
            files: fileBreakdown(pages),
          },
          loaded: loaded.ran ? loaded.pages.map(({ page, gzip, files }) => ({ page, gzip, files })) : { reason: loaded.reason },
          machine: { ...before, load1After: machine().load1 },
          latency: { ...latencySummary, ...(latency.ran ? { samples: latency.samples } : {}) },
          cli,
          explain,
          cliStart,
        },
        null,
        2,
      ),
    );
  } else {
    for (const line of formatRenders(cli)) console.log(line);
    console.log('');
    console.log(`== (d) error explainer on a ${(explain.logBytes / 1e6).toFixed(1)} MB log ==`);
    console.log(`median ${ms(explain.medianMs)} over 5 runs; first failure mode FM-${explain.found ?? 'none'}`);
    console.log('');
    console.log(`== (e) om-okta render, the whole process (${cliStart.bundled ? 'the bundle in dist-cli/' : 'the TypeScript sources: no bundle, run npm run build'}) ==`);
    console.log(`median ${ms(cliStart.cliMs)} against ${ms(cliStart.bareMs)} for a bare node -e 0: ${cliStart.ratio.toFixed(2)}x (median of the run-by-run ratios)`);
    console.log('');
    const after = machine();
    console.log(`machine: load average (1 min) ${after.load1} at end` + (after.load1 > after.cores ? ': BUSY' : ''));
    const top = pages[0];
    console.log(
      `summary: largest eager JS ${top ? `${kb(top.eagerGzip)} KB gz (${top.page})` : 'n/a'}; ` +
        `with the live engine ${loaded.ran ? `${kb(Math.max(...loaded.pages.map((p) => p.gzip)))} KB gz at most` : 'not measured'}; ` +
        `keystroke median ${latency.ran ? `${latency.paint.median.toFixed(1)} ms to paint` : 'not measured'}; ` +
        `render ${Math.min(...cli.map((c) => c.perSecond)).toFixed(0)}-${Math.max(...cli.map((c) => c.perSecond)).toFixed(0)} renders/s; ` +
        `CLI start ${cliStart.ratio.toFixed(2)}x a bare node; ` +
        `JS budget ${decision.exitCode === 0 ? 'OK' : decision.exitCode === 1 ? `EXCEEDED on ${decision.over.length} page(s)` : 'no pages'}`,
    );
  }
  process.exit(decision.exitCode === 1 ? 1 : decision.exitCode === 2 ? 2 : 0);
}
