/**
 * Inline warnings through the built extension (issue 8): typing a blaming sentence into the fixture pages'
 * reply boxes (plain fields and real editors built from their npm packages) shows an underline and a
 * tooltip, and the fix changes the text the page's own state holds (React state, Lexical's editor state,
 * ProseMirror's doc, Draft's ContentState, Quill's delta). `npm run build` first.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEditorFixtures, EDITOR_MOUNTS } from '../fixtures/editors/build';
import { startHarness, tactfulUi, type Harness } from './harness';

const BLAMING = 'Hi Maria, we are sorry about the cake. That was your fault.';
const BLAME = 'That was your fault';
const FIXED = "Let's sort this out together";

interface Editor {
  page: string;
  /** Underlines drawn as overlay marks (text fields) or CSS highlights (contenteditable editors). */
  marks: 'overlay' | 'highlight';
}

const EDITORS: Editor[] = [
  { page: 'textarea', marks: 'overlay' },
  { page: 'input', marks: 'overlay' },
  { page: 'react-textarea', marks: 'overlay' },
  { page: 'contenteditable', marks: 'highlight' },
  { page: 'lexical', marks: 'highlight' },
  { page: 'tiptap', marks: 'highlight' },
  { page: 'draft', marks: 'highlight' },
  { page: 'quill', marks: 'highlight' },
];

const editorText = (page: Page) => page.evaluate(() => window.__editorText());

/** Client-space centre of the first underlined span, or null while there is none. */
function firstUnderline(page: Page, marks: Editor['marks']) {
  return page.evaluate((kind) => {
    let rect: DOMRect | undefined;
    if (kind === 'overlay') {
      rect = document.querySelector('tactful-root')?.shadowRoot?.querySelector('[data-tactful="mark"]')?.getBoundingClientRect();
    } else {
      const highlight = CSS.highlights.get('tactful-error');
      const first = highlight ? ([...highlight][0] as Range | undefined) : undefined;
      rect = first?.getClientRects()[0];
    }
    return rect ? { x: rect.left + Math.min(8, rect.width / 2), y: rect.top + rect.height / 2 } : null;
  }, marks);
}

async function openEditor(harness: Harness, name: string): Promise<Page> {
  const page = await harness.openPage(`/editors/${name}.html`);
  await page.waitForFunction(() => typeof window.__editorText === 'function');
  await page.locator('#reply').click();
  return page;
}

describe('inline warnings in the page’s own reply box', () => {
  let harness: Harness;
  beforeAll(async () => {
    await buildEditorFixtures();
    harness = await startHarness(EDITOR_MOUNTS);
  });
  afterAll(async () => {
    await harness?.close();
  });

  for (const editor of EDITORS) {
    it(`${editor.page}: underlines a blaming sentence, explains it, and the fix changes the page’s own state`, async () => {
      const page = await openEditor(harness, editor.page);
      await page.keyboard.type(BLAMING);
      await expect.poll(() => editorText(page)).toContain(BLAME);
      await expect.poll(() => firstUnderline(page, editor.marks), { timeout: 15_000 }).not.toBeNull();
      if (editor.marks === 'overlay') {
        await expect.poll(() => tactfulUi(page, '[data-tactful="mark"]').first().textContent()).toBe(BLAME);
      }

      const underline = (await firstUnderline(page, editor.marks))!;
      await page.mouse.move(underline.x, underline.y);
      const tooltip = tactfulUi(page, '[data-tactful="tooltip"]');
      await expect.poll(() => tooltip.isVisible()).toBe(true);
      expect(await tooltip.textContent()).toMatch(/blames the customer/i);
      await expect.poll(() => tactfulUi(page, '[data-tactful="badge-count"]').textContent()).toMatch(/^[1-9]/);

      // Editors group quick edits into one undo step (Quill: within 1 s); pause like a person would.
      await page.waitForTimeout(1_100);
      await tooltip.locator('[data-tactful="fix"]').first().click();
      await expect.poll(() => editorText(page)).toContain(FIXED);
      expect(await editorText(page)).not.toContain(BLAME);
      expect(await editorText(page)).toContain('Hi Maria, we are sorry about the cake.');
      await expect.poll(() => firstUnderline(page, editor.marks)).toBeNull();

      // The fix is one step of the editor's own undo history.
      await page.keyboard.press('Control+z');
      await expect.poll(() => editorText(page)).toContain(BLAME);
      await page.close();
    });
  }

  it('textarea: the caret inside a mark opens the tooltip; Alt+Enter reaches the fix and Escape closes it', async () => {
    const page = await openEditor(harness, 'textarea');
    await page.keyboard.type(BLAMING);
    await expect.poll(() => tactfulUi(page, '[data-tactful="mark"]').count()).toBeGreaterThan(0);
    const tooltip = tactfulUi(page, '[data-tactful="tooltip"]');
    expect(await tooltip.isVisible()).toBe(false);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    // Closed for that warning until the caret leaves it and comes back.
    await page.keyboard.press('ArrowLeft');
    expect(await tooltip.isVisible()).toBe(false);
    await page.keyboard.press('End');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    await page.keyboard.press('Alt+Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => editorText(page)).toContain(FIXED);
    await page.close();
  });

  it('the badge opens the side panel on this reply', async () => {
    const page = await openEditor(harness, 'textarea');
    await page.keyboard.type(BLAMING);
    await expect.poll(() => tactfulUi(page, '[data-tactful="badge-count"]').textContent()).toMatch(/^[1-9]/);
    await tactfulUi(page, '[data-tactful="badge-count"]').click();
    const worker = harness.context.serviceWorkers()[0]!;
    const stored = () =>
      worker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
        const { currentReview } = await api.storage.local.get('currentReview');
        return (currentReview as { replyText?: string } | undefined)?.replyText;
      });
    await expect.poll(stored).toBe(BLAMING);
    await page.close();
  });

  it('the badge menu turns inline warnings off on this site, and then nothing is injected', async () => {
    const page = await openEditor(harness, 'textarea');
    await page.keyboard.type(BLAMING);
    await expect.poll(() => tactfulUi(page, '[data-tactful="mark"]').count()).toBeGreaterThan(0);
    await tactfulUi(page, '[data-tactful="badge-more"]').click();
    await tactfulUi(page, '[data-tactful="badge-disable-site"]').click();
    await expect.poll(() => tactfulUi(page, '[data-tactful="mark"]').count()).toBe(0);
    await page.close();

    const again = await openEditor(harness, 'contenteditable');
    await again.keyboard.type(BLAMING);
    await again.waitForTimeout(1_000);
    const injected = await again.evaluate(() => ({
      highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith('tactful-')),
      sheets: document.adoptedStyleSheets.length,
      ui: document.querySelector('tactful-root')?.shadowRoot?.querySelectorAll('[data-tactful="badge"], [data-tactful="mark"]').length ?? 0,
    }));
    expect(injected).toEqual({ highlights: [], sheets: 0, ui: 0 });
    await again.close();
  });

  it('adds no errors to the pages it runs on', () => {
    expect(harness.errors.filter((line) => !line.startsWith('chrome-extension://'))).toEqual([]);
  });
});
