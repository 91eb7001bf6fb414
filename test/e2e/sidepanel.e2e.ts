/**
 * The agent's whole path in real Chromium: highlight a review on a page → the side panel shows it with a
 * draft → the agent types a blaming sentence, sees its warning, applies the fix → Insert puts the reply
 * into the page's reply box through input events the page's own script sees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../lib/taxonomy';
import { startHarness, tactfulUi, type Harness } from './harness';

const PAGE = '/sidepanel/business-replies.html';
type ChromeTabs = {
  chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> } };
};

const BLAME = " That's your problem.";

describe('side panel end to end', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  /**
   * The most reviews any open tab's content script has detected (what its triage list would show). Tabs are
   * asked one by one: without the "tabs" permission the worker cannot see their URLs.
   */
  async function detectedReviews(): Promise<number> {
    const worker = harness.context.serviceWorkers()[0];
    if (!worker) return 0;
    return worker.evaluate(async () => {
      const { tabs } = (globalThis as unknown as ChromeTabs).chrome;
      const counts = await Promise.all(
        (await tabs.query({})).map((tab) =>
          tab.id === undefined
            ? 0
            : tabs.sendMessage(tab.id, { type: 'sp:list-reviews' }).then(
                (reviews) => (Array.isArray(reviews) ? reviews.length : 0),
                () => 0,
              ),
        ),
      );
      return Math.max(0, ...counts);
    });
  }

  it('drafts from a highlighted review, lints an edit, applies a fix and inserts into the page', async () => {
    const page = await harness.openPage(PAGE);
    // Detection runs when the page is idle; wait until the content script knows both reviews.
    await expect.poll(detectedReviews, { timeout: 10_000 }).toBe(2);
    const review = page.locator('#review-1 [itemprop="reviewBody"]');
    // Highlight the review as a person does: drag from its first word to the end of its last line.
    const box = (await review.boundingBox())!;
    await page.mouse.move(box.x + 1, box.y + 4);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height - 4, { steps: 8 });
    await page.mouse.up();
    const draftButton = tactfulUi(page, '[data-tactful="draft-selection"]');
    await draftButton.click({ timeout: 10_000 });

    const panel = await harness.openSidePanel();
    await expect
      .poll(() => panel.getByTestId('tactful-review-text').textContent(), { timeout: 10_000 })
      .toContain('birthday present');
    const category = panel.getByTestId('tactful-category');
    expect(CATEGORIES).toContain(await category.getAttribute('data-value'));
    expect(await category.getAttribute('data-value')).toBe(await category.inputValue());

    const draft = panel.getByTestId('tactful-draft');
    expect((await draft.inputValue()).length).toBeGreaterThan(40);
    await draft.focus();
    await draft.press('Control+End');
    await draft.pressSequentially(BLAME);

    const blame = panel.locator('[data-testid="tactful-lint-item"][data-class="blame_customer"]');
    await expect.poll(() => blame.count(), { timeout: 5_000 }).toBe(1);
    await blame.locator('.lint-fixes button').first().click();
    await expect.poll(() => blame.count()).toBe(0);
    const fixed = await draft.inputValue();
    expect(fixed).not.toContain("That's your problem");
    // The caret was at the end before the fix and stays there; the fix is one step of the editor's undo.
    expect(await draft.evaluate((field: HTMLTextAreaElement) => field.selectionStart)).toBe(fixed.length);
    await draft.press('Control+z');
    await expect.poll(() => draft.inputValue()).toContain("That's your problem");
    await expect.poll(() => blame.count()).toBe(1);
    await draft.press('Control+Shift+z');
    await expect.poll(() => draft.inputValue()).toBe(fixed);

    await panel.getByTestId('tactful-insert').click();
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'Inserted' }).count()).toBe(1);

    const replyBox = page.locator('form[data-review="review-1"] textarea');
    await expect.poll(() => replyBox.inputValue()).toBe(fixed);
    // The page's own script saw the change (it only listens to input events).
    expect(await page.locator('form[data-review="review-1"]').getAttribute('data-state')).toBe(fixed);
    expect(await page.locator('form[data-review="review-2"] textarea').inputValue()).toBe('');
  });

  it('keeps the edited draft when the panel is closed and opened again', async () => {
    const first = await harness.openSidePanel();
    const draft = first.getByTestId('tactful-draft');
    await expect.poll(() => draft.inputValue(), { timeout: 10_000 }).not.toBe('');
    await draft.focus();
    await draft.press('Control+End');
    await draft.pressSequentially(' P.S. Your courier slot is booked for Friday.');
    const edited = await draft.inputValue();
    // Closing the panel within milliseconds of the last key is not something a person can do; wait until
    // the edit reached extension storage, as it does between any two human actions.
    await expect
      .poll(() =>
        first.evaluate(async () => {
          const api = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
          const { drafts } = await api.storage.local.get('drafts');
          return Object.values((drafts ?? {}) as Record<string, { text: string }>).map((saved) => saved.text);
        }),
      )
      .toContain(edited);
    await first.close();

    const again = await harness.openSidePanel();
    await expect.poll(() => again.getByTestId('tactful-draft').inputValue(), { timeout: 10_000 }).toBe(edited);
  });
});
