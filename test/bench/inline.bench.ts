/**
 * Inline warnings in real Chromium (no extension around them): from a keystroke to updated underlines on a
 * 2,000-character reply, in a <textarea> (mirror overlay) and a contenteditable (CSS highlights), with the
 * real linter. Timed inside the page: keydown (first listener of the window's capture phase) → the end of
 * the repaint (onUpdate) plus a forced style and layout flush, so the mirror's layout is counted too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { findChromium, ROOT, serveDirs } from '../../scripts/browser';
import { buildEditorFixtures, EDITOR_MOUNTS } from '../fixtures/editors/build';
import { summarize, type Bench } from './harness';

const REPLY_LENGTH = 2_000;
const TYPED = ' I am sorry, but that was your own fault and you should have read the terms.';

/** Real English business replies from the fixtures, joined into one long reply of REPLY_LENGTH characters. */
function longReply(): string {
  const lines = readFileSync(join(ROOT, 'test', 'fixtures', 'replies', 'replies.jsonl'), 'utf8').split('\n');
  const texts = lines
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { language: string; text: string })
    .filter((reply) => reply.language === 'en')
    .map((reply) => reply.text);
  let reply = '';
  for (const text of texts) {
    if (reply.length >= REPLY_LENGTH) break;
    reply += (reply ? ' ' : '') + text;
  }
  return reply.slice(0, REPLY_LENGTH);
}

interface Timing {
  samples: number[];
  firstLintMs: number;
}

async function timeTyping(page: Page, caret: 'end' | 'middle'): Promise<Timing> {
  await page.locator('#reply').click();
  await page.keyboard.insertText(longReply());
  if (caret === 'middle') await page.evaluate((offset) => moveCaret(offset), REPLY_LENGTH / 2);
  const firstLintMs = await page.evaluate(() => {
    const samples: number[] = [];
    let keydownAt: number | undefined;
    window.addEventListener('keydown', () => (keydownAt = performance.now()), { capture: true });
    window.__samples = samples;
    const started = performance.now();
    // The box is focused, so attaching lints the whole reply once.
    window.__tactfulAttach((box) => {
      if (keydownAt === undefined) return;
      void box.ownerDocument.body.offsetHeight;
      samples.push(performance.now() - keydownAt);
      keydownAt = undefined;
    });
    return performance.now() - started;
  });
  await page.keyboard.type(TYPED.repeat(3));
  return { samples: await page.evaluate(() => window.__samples), firstLintMs };
}

/** The same measure with no Tactful on the page: the browser's own cost of a keystroke in that box. */
async function timeBaseline(page: Page): Promise<number[]> {
  await page.locator('#reply').click();
  await page.keyboard.insertText(longReply());
  await page.evaluate(() => {
    const samples: number[] = [];
    let keydownAt: number | undefined;
    window.addEventListener('keydown', () => (keydownAt = performance.now()), { capture: true });
    window.addEventListener('input', () => {
      if (keydownAt === undefined) return;
      void document.body.offsetHeight;
      samples.push(performance.now() - keydownAt);
      keydownAt = undefined;
    });
    window.__samples = samples;
  });
  await page.keyboard.type(TYPED.repeat(3));
  return page.evaluate(() => window.__samples);
}

declare global {
  interface Window {
    __samples: number[];
  }
  function moveCaret(offset: number): void;
}

/** Puts the caret at a text offset of the page's reply box (runs in the page). */
const MOVE_CARET = `window.moveCaret = (offset) => {
  const box = document.getElementById('reply');
  if ('setSelectionRange' in box) { box.setSelectionRange(offset, offset); return; }
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  let left = offset;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (left <= node.data.length) { getSelection().collapse(node, left); return; }
    left -= node.data.length;
  }
};`;

export default async function inlineBench(bench: Bench): Promise<void> {
  await buildEditorFixtures();
  const server = await serveDirs(EDITOR_MOUNTS);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    for (const kind of ['textarea', 'contenteditable'] as const) {
      const page = await browser.newPage();
      await page.goto(server.url(`/editors/${kind}.html`));
      bench.record(summarize(`inline: baseline, no Tactful: keystroke → layout, ${kind}, 2,000 chars`, await timeBaseline(page)));
      await page.close();
      for (const caret of ['end', 'middle'] as const) {
        const page = await browser.newPage();
        await page.goto(server.url(`/editors/${kind}.html`));
        await page.addScriptTag({ url: '/editors-dist/tactful-inline.js', type: 'module' });
        await page.addScriptTag({ content: MOVE_CARET });
        await page.waitForFunction(() => typeof window.__tactfulAttach === 'function');
        const { samples, firstLintMs } = await timeTyping(page, caret);
        bench.record(
          summarize(`inline: keystroke → underlines, ${kind}, 2,000 chars, typing at the ${caret}`, samples, `first lint on focus ${firstLintMs.toFixed(1)} ms`),
        );
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
