/**
 * The coding workbench in a real browser, on a long interview: one generated document of 100,000
 * words with 3,000 codings (40 codes, overlapping passages), served by browser mode's server in a
 * process of its own (`out/node/serve.js`, as `npm run serve` runs it: the shipped renderer and the
 * real core) and driven in Debian's Chromium. The study is built through the server's HTTP API.
 *
 * Measures, in the page (`performance.now()`):
 *  (a) opening the long transcript from the documents list: click → first paint of its text;
 *  (b) 60 codings through the UI: select a passage → C → type the code → Enter, timed from Enter
 *      to the highlight confirmed by the core (its real id in the DOM, seen at the next animation
 *      frame), split into: Enter → request sent; the call (resource timing, with the core's own
 *      time from the Server-Timing header); answer → coding in the DOM (a MutationObserver);
 *  (c) a scroll of the whole document, one step per frame, counting long frames (gaps between
 *      animation frames > 50 ms).
 * Run with `npm run bench` (it builds the server first) or, after `npx vite build --config
 * vite.node.config.ts`, `npx vitest bench --run --project bench tests/bench/ui-workbench.bench.ts`.
 * Figures are printed, not asserted. Options (environment):
 *  - VERBATIM_BENCH_RENDERER=<dir>: measure a renderer built elsewhere (another revision, to compare);
 *  - VERBATIM_BENCH_PROFILE=<file.json>: an unminified renderer, a CPU profile of the page during
 *    (b), and where its time went (self and inclusive time by function);
 *  - VERBATIM_BENCH_TRACE=<file.json>: an unminified renderer and a Chrome trace of (b) (open it in
 *    Perfetto; `performance.mark`s rt-start / rt-end bound each round trip);
 *  - VERBATIM_BENCH_VERBOSE=1: every round trip's figures, in order.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, bench, describe } from 'vitest';
import type { Input, Method, Output } from '../../shared/contract';
import { chromiumPath } from '../e2e/chromium';
import { generateInterview, seededRandom } from './generate';
import { startServerProcess, type ServerProcess } from './serve-process';

const WORDS = 100_000;
const CODINGS = 3_000;
const CODES = 40;
/** Codings applied through the UI: enough for a p95 that is not just the second-worst value. */
const ROUND_TRIPS = 60;
const LONG = 'B - Entretien long';
const SHORT = 'A - Entretien court';

const browserPath = chromiumPath();
const dir = mkdtempSync(join(tmpdir(), 'verbatim-ui-bench-'));
/** A renderer built elsewhere (e.g. another revision, to compare); by default this checkout's, built here. */
const prebuilt = process.env.VERBATIM_BENCH_RENDERER;
const staticDir = resolve(prebuilt ?? '.tmp/bench-renderer');
const profilePath = process.env.VERBATIM_BENCH_PROFILE;
/** A Chrome trace (timeline) of (b), for chrome://tracing or Perfetto; `performance.mark`s rt-start/rt-end bound each round trip. */
const tracePath = process.env.VERBATIM_BENCH_TRACE;

let server: ServerProcess | undefined;
let browser: Browser | undefined;
let page: Page | undefined;

const figures = {
  open: [] as number[],
  painted: [] as number[],
  confirmed: [] as number[],
  /** Of the confirmed time: the HTTP call (request sent → answer read), i.e. transport and core. */
  call: [] as number[],
  /** Of the call: the core's own time (the server's Server-Timing header). */
  core: [] as number[],
  /** Enter → the request leaves the page (the optimistic update and React's work before it). */
  sent: [] as number[],
  /** Answer read → highlight confirmed in the DOM (the renderer applying the core's answer). */
  applied: [] as number[],
  /** Answer read → the core's coding in the DOM (before the frame that paints it). */
  inDom: [] as number[],
  /** The same call from Node, no browser: the floor the core and the HTTP transport set. */
  direct: [] as number[],
  scroll: null as null | { frames: number; long: number; worst: number; p95: number; seconds: number; height: number },
};

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
  printFigures();
});

if (browserPath) {
  // The renderer exactly as shipped, built into a folder of its own (the e2e tests use out/renderer).
  if (!prebuilt) {
    mkdirSync(staticDir, { recursive: true });
    // Vitest runs with NODE_ENV=test, which would give Vite (and so React) a development build.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    await build({
      mode: 'production',
      configFile: 'vite.renderer.config.ts',
      logLevel: 'warn',
      build: { outDir: staticDir, emptyOutDir: true, sourcemap: false, ...(profilePath || tracePath ? { minify: false } : {}) },
    });
    process.env.NODE_ENV = nodeEnv;
  }

  // The server runs in a process of its own, as `npm run serve` runs it (the page's calls never
  // wait behind this process's work), and the study is built through its HTTP API, so that the
  // server has been working for a while when the page starts coding, as in a real session.
  server = await startServerProcess(join(dir, 'bench.verbatim'), { dataDir: join(dir, 'data'), renderer: staticDir });
  const s = server;
  const call = async <M extends Method>(m: M, input: Input<M>): Promise<Output<M>> => {
    const body = (await (await post(s, m, input)).json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    if (!body.ok) throw new Error(`${m}: ${body.error?.message}`);
    return body.value as Output<M>;
  };

  const longFile = join(dir, `${LONG}.txt`);
  const shortFile = join(dir, `${SHORT}.txt`);
  writeFileSync(longFile, generateInterview(WORDS, 7));
  writeFileSync(shortFile, generateInterview(800, 8));
  // The server reads the files where they are (same machine); the page would upload them first.
  const { imported } = await call('documents:import', { paths: [shortFile, longFile] });
  const long = imported.find((d) => d.name === LONG)!;
  const text = (await call('documents:get', { id: long.id })).text;

  const codes: Output<'codes:create'>[] = [];
  for (let i = 0; i < CODES; i++) {
    const parentId = i >= 8 && i % 4 !== 0 ? (codes[i % 8]?.id ?? null) : null;
    codes.push(await call('codes:create', { name: `Thème ${i + 1}`, parentId }));
  }
  const rnd = seededRandom(11);
  for (let i = 0; i < CODINGS; i++) {
    const start = Math.floor(rnd() * (text.length - 500));
    const end = start + 40 + Math.floor(rnd() * 400);
    if (text.slice(start, end).trim() === '') continue;
    await call('codings:apply', { documentId: long.id, codeId: codes[i % CODES]!.id, start, end });
  }

  browser = await chromium.launch({
    executablePath: browserPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.on('pageerror', (e) => console.error('[page]', e.message));
  // Times each `codings:apply` call the page makes (resource timing, so the page's own fetch is
  // untouched), with the core's share from the server's Server-Timing header.
  await page.addInitScript(() => {
    const calls: { start: number; end: number; core: number }[] = [];
    Object.assign(window, { __verbatimCalls: calls });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceResourceTiming[]) {
        if (!e.name.includes('/api/codings:apply')) continue;
        calls.push({ start: e.startTime, end: e.responseEnd, core: e.serverTiming.find((t) => t.name === 'core')?.duration ?? NaN });
      }
    }).observe({ type: 'resource', buffered: true });
  });
  await page.goto(server.url);
  // The first document (the short one) opens by itself.
  await page.getByTestId('transcript-content').waitFor();
}

/** Clicks a document in the list and resolves with the time to the first frame painted with its text. */
async function openDocument(p: Page, name: string): Promise<number> {
  return p.evaluate(async (docName) => {
    const item = [...document.querySelectorAll<HTMLElement>('[data-testid="document-item"]')].find((li) =>
      li.querySelector('.doc-name')?.textContent === docName,
    );
    const button = item?.querySelector<HTMLElement>('button');
    if (!button) throw new Error(`no document ${docName}`);
    const shown = () =>
      document.querySelector('[data-testid="transcript-title"]')?.textContent === docName &&
      document.querySelector('[data-testid="transcript-content"] .cm-line') !== null;
    const t0 = performance.now();
    button.click();
    await new Promise<void>((done) => {
      const check = () => (shown() ? done() : requestAnimationFrame(check));
      check();
    });
    // The frame after the one that rendered the text has painted it.
    await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    return performance.now() - t0;
  }, name);
}

/**
 * Selects part of a text node (30+ characters) on the `index`-th suitable visible line, through the
 * DOM selection (as a drag would). Codings split the text into ever shorter nodes: when no visible
 * line has a long enough one left, the transcript scrolls on a screen and looks again.
 */
async function selectVisiblePassage(p: Page, index: number): Promise<void> {
  await p.evaluate(async (i) => {
    const longNodes = (line: HTMLElement): Text[] => {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.textContent ?? '').length > 30) nodes.push(n as Text);
      return nodes;
    };
    const scroller = document.querySelector<HTMLElement>('.cm-scroller')!;
    for (let attempt = 0; attempt < 20; attempt++) {
      const lines = [...document.querySelectorAll<HTMLElement>('.cm-content .cm-line')].filter((l) => {
        const r = l.getBoundingClientRect();
        return r.top > 120 && r.bottom < window.innerHeight - 200 && longNodes(l).length > 0;
      });
      const line = lines[i % Math.max(lines.length, 1)];
      if (!line) {
        scroller.scrollTop += scroller.clientHeight;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
        continue;
      }
      const nodes = longNodes(line);
      const node = nodes[Math.floor(nodes.length / 2)]!;
      const s = node.textContent ?? '';
      const from = Math.max(0, s.indexOf(' ', 2) + 1);
      const to = Math.max(from + 5, s.lastIndexOf(' ', s.length - 2));
      document.querySelector<HTMLElement>('.cm-content')!.focus();
      window.getSelection()!.setBaseAndExtent(node, from, node, to);
      return;
    }
    throw new Error('no visible line with text left to select');
  }, index);
  // CodeMirror reads the DOM selection on `selectionchange`.
  await p.waitForFunction(() => document.querySelector('[data-testid="code-selection-button"]') !== null);
}

/** Presses Enter in the palette and times the highlight: painted (optimistic) and confirmed (real id). */
async function applyWithEnter(p: Page): Promise<{ painted: number; confirmed: number; call: number; core: number; sent: number; applied: number; inDom: number }> {
  return p.evaluate(async () => {
    // Cheap checks, run every frame and on every DOM change: the measure must not make garbage
    // the page then has to collect during the round trips it measures. The core's ids only grow,
    // and stand-ins have negative ids.
    const content = document.querySelector('.cm-content')!;
    let maxBefore = 0;
    for (const e of content.querySelectorAll<HTMLElement>('.cm-coding[data-coding-id]')) maxBefore = Math.max(maxBefore, Number(e.dataset.codingId));
    const isNew = (e: Element) => e instanceof HTMLElement && Number(e.dataset.codingId) > maxBefore;
    const confirmedInDom = () => {
      for (const e of content.querySelectorAll('.cm-coding[data-coding-id]')) if (isNew(e)) return content.querySelector('.cm-coding[data-coding-id^="-"]') === null;
      return false;
    };
    const input = document.querySelector<HTMLInputElement>('[data-testid="palette-input"]');
    if (!input) throw new Error('no palette');
    let painted = -1;
    let confirmed = -1;
    const calls = (window as unknown as { __verbatimCalls: { start: number; end: number; core: number }[] }).__verbatimCalls;
    const seen = calls.length;
    // The moment the core's coding enters the DOM (before the frame that shows it).
    let inDom = -1;
    const watcher = new MutationObserver((records) => {
      if (inDom >= 0) return;
      for (const r of records) {
        const hit = r.type === 'attributes' ? isNew(r.target as Element) : [...r.addedNodes].some((n) => n instanceof HTMLElement && (isNew(n) || [...n.querySelectorAll('.cm-coding[data-coding-id]')].some(isNew)));
        if (hit) {
          inDom = performance.now() - t0;
          performance.mark('rt-dom');
          return;
        }
      }
    });
    watcher.observe(content, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-coding-id'] });
    const t0 = performance.now();
    performance.mark('rt-start');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await new Promise<void>((done) => {
      const check = () => {
        if (painted < 0 && content.querySelector('.cm-coding[data-coding-id^="-"]')) painted = performance.now() - t0;
        if (confirmedInDom()) {
          confirmed = performance.now() - t0;
          if (painted < 0) painted = confirmed;
          performance.mark('rt-end');
          done();
          return;
        }
        if (performance.now() - t0 > 10_000) throw new Error('no highlight after 10 s');
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    watcher.disconnect();
    // Resource entries are queued after the response: give the observer a moment.
    for (let i = 0; i < 20 && calls.length <= seen; i++) await new Promise((r) => setTimeout(r, 5));
    const call = calls[seen];
    return call
      ? { painted, confirmed, call: call.end - call.start, core: call.core, sent: call.start - t0, applied: confirmed - (call.end - t0), inDom: inDom - (call.end - t0) }
      : { painted, confirmed, call: NaN, core: NaN, sent: NaN, applied: NaN, inDom: NaN };
  });
}

/** Scrolls the transcript from top to bottom, `step` pixels per frame, and records frame gaps. */
async function scrollWholeDocument(p: Page, step: number) {
  return p.evaluate(async (px) => {
    const scroller = document.querySelector<HTMLElement>('.cm-scroller');
    if (!scroller) throw new Error('no scroller');
    scroller.scrollTop = 0;
    await new Promise((r) => setTimeout(r, 200));
    const gaps: number[] = [];
    const t0 = performance.now();
    let last = t0;
    await new Promise<void>((done) => {
      const frame = (now: number) => {
        gaps.push(now - last);
        last = now;
        const max = scroller.scrollHeight - scroller.clientHeight;
        if (scroller.scrollTop >= max - 1) return done();
        scroller.scrollTop = Math.min(max, scroller.scrollTop + px);
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    gaps.shift();
    const sorted = [...gaps].sort((a, b) => a - b);
    return {
      frames: gaps.length,
      long: gaps.filter((g) => g > 50).length,
      worst: sorted[sorted.length - 1] ?? 0,
      p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
      seconds: (performance.now() - t0) / 1000,
      height: scroller.scrollHeight,
    };
  }, step);
}

const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };

describe.skipIf(!browserPath)(`UI workbench: ${WORDS.toLocaleString('en')} words, ${CODINGS.toLocaleString('en')} codings`, () => {
  bench(
    'open the long transcript (click → first paint)',
    async () => {
      await openDocument(page!, SHORT);
      figures.open.push(await openDocument(page!, LONG));
    },
    { ...once, iterations: 6 },
  );

  let round = 0;
  bench(
    'apply a code through the palette (Enter → highlight confirmed)',
    async () => {
      const p = page!;
      if (profilePath && round === 0) await startProfile(p);
      if (tracePath && round === 0) await browser!.startTracing(p, { path: tracePath, categories: ['devtools.timeline', 'blink.user_timing', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'disabled-by-default-v8.cpu_profiler'] });
      await selectVisiblePassage(p, round);
      await p.keyboard.press('c');
      await p.getByTestId('palette-input').fill(`Thème ${(round % CODES) + 1}`);
      round++;
      const t = await applyWithEnter(p);
      figures.painted.push(t.painted);
      figures.confirmed.push(t.confirmed);
      figures.call.push(t.call);
      figures.core.push(t.core);
      figures.sent.push(t.sent);
      figures.applied.push(t.applied);
      figures.inDom.push(t.inDom);
      await p.getByTestId('quick-code-palette').waitFor({ state: 'detached' });
      if (profilePath && round === ROUND_TRIPS) await stopProfile(profilePath);
      if (tracePath && round === ROUND_TRIPS) await browser!.stopTracing();
    },
    { ...once, iterations: ROUND_TRIPS },
  );

  bench(
    'codings:apply over HTTP from Node (no browser: transport + core)',
    async () => {
      const s = server!;
      const doc = (await (await post(s, 'documents:list', {})).json()) as { value: { id: number; name: string }[] };
      const id = doc.value.find((d) => d.name === LONG)!.id;
      const codes = (await (await post(s, 'codes:list', {})).json()) as { value: { id: number }[] };
      for (let i = 0; i < 30; i++) {
        const t = performance.now();
        const r = await post(s, 'codings:apply', { documentId: id, codeId: codes.value[i % 10]!.id, start: 5000 + i * 997, end: 5200 + i * 997 });
        await r.json();
        figures.direct.push(performance.now() - t);
        await new Promise((done) => setTimeout(done, 150));
      }
    },
    once,
  );

  bench(
    'scroll the whole document (one step of 900 px per frame)',
    async () => {
      figures.scroll = await scrollWholeDocument(page!, 900);
    },
    once,
  );
});

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
let profiler: CDPSession | undefined;

async function startProfile(p: Page) {
  profiler = await p.context().newCDPSession(p);
  await profiler.send('Profiler.enable');
  await profiler.send('Profiler.setSamplingInterval', { interval: 200 });
  await profiler.send('Profiler.start');
}

/** Writes the page's CPU profile and prints the functions with the most self time. */
async function stopProfile(path: string) {
  if (!profiler) return;
  const { profile } = (await profiler.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  writeFileSync(path, JSON.stringify(profile));
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const where = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop() ?? ''}:${n.callFrame.lineNumber + 1}`;
    self.set(where, (self.get(where) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  // Inclusive time: each sample counts once for every named function on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)!.callFrame.functionName;
      if (name && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      }
    }
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`\nPage CPU profile during (b), ${total.toFixed(0)} ms sampled; most self time:`);
  for (const [where, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${t.toFixed(1).padStart(8)} ms  ${where}`);
  console.log('Most inclusive time:');
  for (const [name, t] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${t.toFixed(1).padStart(8)} ms  ${name}`);
}

function post(s: ServerProcess, method: string, input: unknown): Promise<Response> {
  return fetch(`${s.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-verbatim-token': s.token, origin: s.origin },
    body: JSON.stringify(input),
  });
}

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

function printFigures() {
  if (!browserPath) {
    console.log('UI bench skipped: no Chromium (install Debian’s chromium or set CHROMIUM_PATH).');
    return;
  }
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const lines = [
    '',
    `UI workbench — one document of ${WORDS.toLocaleString('en')} words, ${CODINGS.toLocaleString('en')} codings, ${CODES} codes`,
    `(a) open (click → first paint): first ${ms(figures.open[0] ?? NaN)}, median of the next ${figures.open.length - 1}: ${ms(quantile(figures.open.slice(1), 0.5))}  [target < 500 ms]`,
    `(b) apply a code, ${figures.confirmed.length} round trips, Enter → highlight painted: p50 ${ms(quantile(figures.painted, 0.5))}, p95 ${ms(quantile(figures.painted, 0.95))}`,
    `    ROUND TRIP UI → core → UI (Enter → highlight confirmed with the core's id): p50 ${ms(quantile(figures.confirmed, 0.5))}, p95 ${ms(quantile(figures.confirmed, 0.95))}  [target p95 < 50 ms]`,
    `    split: Enter → request sent p50 ${ms(quantile(figures.sent, 0.5))}, p95 ${ms(quantile(figures.sent, 0.95))}; the codings:apply call (HTTP + core) p50 ${ms(quantile(figures.call, 0.5))}, p95 ${ms(quantile(figures.call, 0.95))} (of which the core p50 ${ms(quantile(figures.core, 0.5))}, p95 ${ms(quantile(figures.core, 0.95))}); answer → confirmed in the DOM p50 ${ms(quantile(figures.applied, 0.5))}, p95 ${ms(quantile(figures.applied, 0.95))} (the DOM itself changes after p50 ${ms(quantile(figures.inDom, 0.5))}, p95 ${ms(quantile(figures.inDom, 0.95))}; the rest is waiting for the next frame)`,
    `    the same call from Node, no browser (HTTP + core only): p50 ${ms(quantile(figures.direct, 0.5))}, p95 ${ms(quantile(figures.direct, 0.95))}`,
  ];
  if (process.env.VERBATIM_BENCH_VERBOSE) {
    const row = (name: string, xs: readonly number[]) => `    ${name.padEnd(10)} ${xs.map((x) => x.toFixed(0).padStart(4)).join('')}`;
    lines.push('    each round trip, in order:', row('confirmed', figures.confirmed), row('sent', figures.sent), row('call', figures.call), row('core', figures.core), row('applied', figures.applied), row('in DOM', figures.inDom));
  }
  const s = figures.scroll;
  if (s) {
    lines.push(
      `(c) scroll ${Math.round(s.height).toLocaleString('en')} px in ${s.frames} frames (${s.seconds.toFixed(1)} s): ${s.long} long frames (> 50 ms), frame p95 ${ms(s.p95)}, worst ${ms(s.worst)}`,
    );
  }
  console.log(lines.join('\n'));
}
