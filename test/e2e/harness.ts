/**
 * End-to-end harness: real Chromium with the built extension (.output/chrome-mv3), local pages served on
 * 127.0.0.1. Playwright cannot drive the real side panel, so tests open sidepanel.html as a tab: it shows
 * the same current review from extension storage (../shared/DESIGN.md).
 */
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT, launchWithExtension, serveDirs, type ExtensionBrowser, type LocalServer } from '../../scripts/browser';

export const FIXTURE_PAGES = join(ROOT, 'test', 'fixtures', 'pages');
export const SHARED_PAGES = resolve(ROOT, '..', 'shared', 'pages');

export interface Harness extends ExtensionBrowser {
  server: LocalServer;
  /** Opens a fixture page (path under test/fixtures/pages, or /shared/<file> for ../shared/pages). */
  openPage(path: string): Promise<Page>;
  openSidePanel(): Promise<Page>;
  /** Console errors and page errors seen on every page so far (the extension must add none). */
  errors: string[];
}

export async function startHarness(extraMounts: Record<string, string> = {}): Promise<Harness> {
  const server = await serveDirs({ '/': FIXTURE_PAGES, '/shared/': SHARED_PAGES, ...extraMounts });
  const browser = await launchWithExtension();
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
  };
  browser.context.on('page', watch);
  return {
    ...browser,
    server,
    errors,
    async openPage(path) {
      const page = await browser.context.newPage();
      await page.goto(server.url(path));
      return page;
    },
    openSidePanel: () => openSidePanel(browser.context, browser.extensionId),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export async function openSidePanel(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  return page;
}

/** Locator of an element inside Tactful's shadow root on a page (Playwright's CSS pierces open shadow roots). */
export function tactfulUi(page: Page, selector: string) {
  return page.locator('tactful-root').locator(selector);
}

/**
 * The tab id of a page, as the extension sees it. Without the "tabs" permission the worker cannot read tab
 * URLs, so each tab's content script is asked for its URL (the same message the context menu sends).
 */
export async function tabIdOf(context: BrowserContext, page: Page): Promise<number | undefined> {
  const worker = context.serviceWorkers()[0];
  if (!worker) return undefined;
  return worker.evaluate(async (target) => {
    type Tab = { id?: number };
    type Api = { tabs: { query(q: object): Promise<Tab[]>; sendMessage(id: number, message: unknown): Promise<unknown> } };
    const { tabs } = (globalThis as unknown as { chrome: Api }).chrome;
    for (const tab of await tabs.query({})) {
      if (tab.id === undefined) continue;
      const answer = await tabs.sendMessage(tab.id, { type: 'bg:get-selection', selectionText: 'tab probe' }).catch(() => null);
      if ((answer as { url?: string } | null)?.url === target) return tab.id;
    }
    return undefined;
  }, page.url());
}
