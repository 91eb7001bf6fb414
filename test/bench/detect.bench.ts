/**
 * Review detection speed on a generated thread of 5,000 comments (the generic detector, the slowest
 * path): the initial scan, and one infinite-scroll batch of 50 comments through the MutationObserver.
 * Measured in jsdom (what the unit tests run on; about two orders of magnitude slower than a browser at
 * DOM access) and, when Chromium is installed, in a real page, which is what users get.
 */
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium, ROOT } from '../../scripts/browser';
import { detectReviews } from '../../lib/detect';
import { observeReviews } from '../../lib/detect/observer';
import { commentHtml, sampleComments, threadHtml } from '../lib/detect/thread';
import { summarize, type Bench } from './harness';

const PAGE_URL = 'https://forum.example/thread/1';
const INITIAL = 5000;
const BATCH = 50;
const BATCHES = 30;

interface JsdomWindow extends Window {
  close(): void;
  Element: typeof Element;
  ShadowRoot: typeof ShadowRoot;
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options: { url: string }) => { window: JsdomWindow };
};

const pageHtml = () => `<!DOCTYPE html><html lang="ru"><body>${threadHtml(sampleComments(INITIAL))}</body></html>`;
const batchHtml = (batch: number) => {
  const offset = 10_000 + batch * BATCH;
  return sampleComments(BATCH, offset).map((c, i) => commentHtml(c, offset + i)).join('');
};

export default async function detectBench(bench: Bench): Promise<void> {
  await inJsdom(bench);
  await inChromium(bench);
}

async function inJsdom(bench: Bench): Promise<void> {
  const { window } = new JSDOM(pageHtml(), { url: PAGE_URL });
  const doc = window.document;
  // lib/page/host.ts checks nodes with the page's global Element and ShadowRoot, as a content script has them.
  Object.assign(globalThis, { Element: window.Element, ShadowRoot: window.ShadowRoot });
  const found = detectReviews(doc, PAGE_URL).length;
  bench.measure(`jsdom: detectReviews initial scan, ${INITIAL} comments`, () => detectReviews(doc, PAGE_URL), {
    runs: 9,
    warmup: 2,
    note: `${found} found`,
  });
  // Idle callbacks run as soon as the mutation records arrive, so the time is the work alone.
  Object.assign(window, { requestIdleCallback: (cb: () => void) => queueMicrotask(cb) });
  const samples = await observerBatches(window, doc);
  bench.record(summarize(`jsdom: observer, batch of ${BATCH} added comments`, samples));
  window.close();
}

/** Appends batches of comments under a running observer; returns ms from append to report, per batch. */
async function observerBatches(win: Window, doc: Document): Promise<number[]> {
  let resolveBatch: (count: number) => void = () => undefined;
  const controller = new (win as unknown as typeof globalThis).AbortController();
  observeReviews(doc, PAGE_URL, (added) => resolveBatch(added.length), { signal: controller.signal });
  await new Promise<number>((resolve) => (resolveBatch = resolve));
  const list = doc.querySelector('.comments__list')!;
  const samples: number[] = [];
  for (let batch = 0; batch < BATCHES; batch++) {
    const html = batchHtml(batch);
    const done = new Promise<number>((resolve) => (resolveBatch = resolve));
    const t0 = performance.now();
    list.insertAdjacentHTML('beforeend', html);
    if ((await done) !== BATCH) throw new Error('observer did not report the whole batch');
    samples.push(performance.now() - t0);
  }
  controller.abort();
  return samples.slice(5);
}

/** What lib/detect and lib/page add to the content script, minified and gzipped (zod is shared with the rest). */
async function detectionCodeSize(): Promise<string> {
  const sized = await build({
    stdin: {
      contents: `export { detectReviews } from './lib/detect'; export { observeReviews } from './lib/detect/observer';
        export { mountSelectionButton, getSelectionPayload } from './lib/page/selection-button'; export { mountReplyChips } from './lib/page/chips';`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
    minify: true,
    external: ['zod'],
  });
  const code = sized.outputFiles[0]!.contents;
  return `detection + page UI code (minified, zod external): ${(code.length / 1024).toFixed(1)} KB, ${(gzipSync(code).length / 1024).toFixed(1)} KB gzip`;
}

async function inChromium(bench: Bench): Promise<void> {
  let executablePath: string;
  try {
    executablePath = findChromium();
  } catch {
    bench.note('Chromium not found: browser numbers skipped (install chromium or set CHROME_PATH).');
    return;
  }
  const bundle = await build({
    stdin: {
      contents: `import { detectReviews } from './lib/detect'; import { observeReviews } from './lib/detect/observer';
        Object.assign(window, { tactfulBench: { detectReviews, observeReviews } });`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
  });
  const browser = await chromium.launch({ executablePath, headless: true });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.fulfill({ contentType: 'text/html', body: pageHtml() }));
    await page.goto(PAGE_URL);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    // tsx compiles the function below with esbuild's keepNames, which calls a __name helper the page lacks.
    await page.addScriptTag({ content: 'window.__name = (fn) => fn;' });
    const batches = Array.from({ length: BATCHES }, (_, i) => batchHtml(i));
    const result = await page.evaluate(
      async ({ url, batches, batchSize }) => {
        const { detectReviews, observeReviews } = (window as unknown as { tactfulBench: { detectReviews: typeof import('../../lib/detect').detectReviews; observeReviews: typeof import('../../lib/detect/observer').observeReviews } }).tactfulBench;
        const scan: number[] = [];
        let found = 0;
        for (let i = 0; i < 25; i++) {
          const t0 = performance.now();
          found = detectReviews(document, url).length;
          scan.push(performance.now() - t0);
        }
        Object.assign(window, { requestIdleCallback: (cb: () => void) => queueMicrotask(cb) });
        let resolveBatch: (count: number) => void = () => undefined;
        observeReviews(document, url, (added) => resolveBatch(added.length));
        await new Promise<number>((resolve) => (resolveBatch = resolve));
        const list = document.querySelector('.comments__list')!;
        const added: number[] = [];
        for (const html of batches) {
          const done = new Promise<number>((resolve) => (resolveBatch = resolve));
          const t0 = performance.now();
          list.insertAdjacentHTML('beforeend', html);
          if ((await done) !== batchSize) throw new Error('observer did not report the whole batch');
          added.push(performance.now() - t0);
        }
        return { scan: scan.slice(5), added: added.slice(5), found };
      },
      { url: PAGE_URL, batches, batchSize: BATCH },
    );
    bench.record(summarize(`chromium: detectReviews initial scan, ${INITIAL} comments`, result.scan, `${result.found} found`));
    bench.record(summarize(`chromium: observer, batch of ${BATCH} added comments`, result.added));
    bench.note(await detectionCodeSize());
  } finally {
    await browser.close();
  }
}
