import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, tabIdOf, tactfulUi, type Harness } from './harness';

type ChromeApi = {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  contextMenus: { update(id: string, props: object): Promise<void> };
  runtime: { getManifest(): { permissions?: string[]; side_panel?: { default_path: string } } };
};

describe('the built extension in Chromium', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('runs its content script on a page and answers with the selected text', async () => {
    const page = await harness.openPage('/demo.html');
    await page.waitForLoadState('load');
    const tabId = await tabIdOf(harness.context, page);
    expect(tabId).toBeTypeOf('number');
    const worker = harness.context.serviceWorkers()[0]!;
    const answer = await worker.evaluate(
      async ([id]) => {
        const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        return api.tabs.sendMessage(id as number, { type: 'bg:get-selection', selectionText: 'Курьер опоздал на три часа' });
      },
      [tabId],
    );
    expect(answer).toMatchObject({ text: 'Курьер опоздал на три часа', url: page.url() });
  });

  it('puts a Reply chip by each review of the demo page, inside its shadow root', async () => {
    const page = await harness.openPage('/demo.html');
    const reviews = await page.locator('[itemprop="review"]').count();
    expect(reviews).toBeGreaterThanOrEqual(4);
    await expect.poll(() => tactfulUi(page, '[data-tactful="chip"]').count(), { timeout: 15_000 }).toBe(reviews);
    const inLightDom = await page.evaluate(() => document.querySelectorAll('[data-tactful]').length);
    expect(inLightDom).toBe(0);
  });

  it('shows the Draft reply button by a selection and hides it when the agent moves on to the reply box', async () => {
    const page = await harness.openPage('/demo.html');
    const review = page.locator('[data-demo="primary"] [itemprop="reviewBody"]');
    await review.click({ clickCount: 3 });
    const button = tactfulUi(page, '[data-tactful="draft-selection"]');
    await expect.poll(() => button.isVisible(), { timeout: 10_000 }).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => button.isVisible()).toBe(false);

    await review.click({ clickCount: 3 });
    await expect.poll(() => button.isVisible()).toBe(true);
    await page.locator('[data-demo="primary"] textarea').click();
    await page.keyboard.type('Марина, ');
    await expect.poll(() => button.isVisible()).toBe(false);
  });

  it('renders the side panel with its empty state', async () => {
    const panel = await harness.openSidePanel();
    await expect.poll(() => panel.locator('body').innerText(), { timeout: 10_000 }).toMatch(/Draft reply|Tactful/);
  });

  it('registers the context-menu entry and declares only the permissions it needs', async () => {
    const worker = harness.context.serviceWorkers()[0]!;
    const result = await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      let menu = 'missing';
      try {
        await api.contextMenus.update('tactful-draft-selection', {});
        menu = 'present';
      } catch (error) {
        menu = String(error);
      }
      const manifest = api.runtime.getManifest();
      return { menu, permissions: manifest.permissions ?? [], sidePanel: manifest.side_panel?.default_path };
    });
    expect(result.menu).toBe('present');
    expect([...result.permissions].sort()).toEqual(['contextMenus', 'sidePanel', 'storage']);
    expect(result.sidePanel).toBe('sidepanel.html');
  });

  it('adds no errors to the pages it runs on', () => {
    expect(harness.errors.filter((line) => !line.startsWith('chrome-extension://'))).toEqual([]);
  });
});
