/**
 * `npm start`: build, then open Chromium with Tactful on the bundled demo page (served from 127.0.0.1).
 * `npm start -- --headless`: the same flow without a display: draft a reply to one review and save
 * screenshots of the page and the side panel to .output/demo/.
 * `--lang ru|uk|bg|en`: the browser's language, which the side panel's interface follows.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, findChromium, launchWithExtension, serveDirs } from './browser';

const DEMO_DIR = join(ROOT, '.output', 'demo');
const argv = process.argv.slice(2);
const args = new Set(argv);
const langIndex = argv.indexOf('--lang');
const locale = langIndex >= 0 ? argv[langIndex + 1] : undefined;
if (langIndex >= 0 && !/^(en|ru|uk|bg)$/.test(locale ?? '')) {
  console.error('--lang takes one of: en, ru, uk, bg');
  process.exit(2);
}
const headless = args.has('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

/** The review the headless run drafts a reply to: a Russian complaint about a rude courier. */
const DEMO_REVIEW_SELECTOR = '[data-demo="primary"] [itemprop="reviewBody"]';

async function selectText(page: Page, selector: string): Promise<void> {
  const box = page.locator(selector).first();
  await box.scrollIntoViewIfNeeded();
  const bounds = await box.boundingBox();
  if (!bounds) throw new Error(`demo review ${selector} is not visible`);
  await page.mouse.move(bounds.x + 2, bounds.y + 4);
  await page.mouse.down();
  await page.mouse.move(bounds.x + bounds.width - 4, bounds.y + bounds.height - 4, { steps: 8 });
  await page.mouse.up();
}

async function runHeadless(pageUrl: string): Promise<void> {
  const browser = await launchWithExtension({ headless: true, locale });
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(pageUrl);
    await page.locator('tactful-root [data-tactful="chip"]').first().waitFor({ timeout: 15_000 });
    await selectText(page, DEMO_REVIEW_SELECTOR);
    await page.locator('tactful-root [data-tactful="draft-selection"]').click();

    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 420, height: 1100 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    const draft = panel.getByTestId('tactful-draft');
    await draft.waitFor({ timeout: 15_000 });
    await panel.waitForFunction(
      () => {
        const el = document.querySelector('[data-testid="tactful-draft"]');
        const text = el instanceof HTMLTextAreaElement ? el.value : (el?.textContent ?? '');
        return text.trim().length > 100;
      },
      undefined,
      { timeout: 15_000 },
    );

    // Type into the page's reply box so the inline warnings show in the page screenshot. The panel's tab opened
    // last and hides this one, and a hidden tab runs no animation frames, where the badge's count is drawn.
    await page.bringToFront();
    const replyBox = page.locator('[data-demo="primary"] textarea').first();
    await replyBox.click();
    await replyBox.pressSequentially('Вы сами виноваты, надо было читать условия доставки!!! Ваше обращение зарегистрировано.', { delay: 5 });
    await page.locator('tactful-root [data-tactful="mark"]').first().waitFor({ timeout: 10_000 });
    // Let the linter catch up with the last keystrokes so the badge shows the final count.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);

    mkdirSync(DEMO_DIR, { recursive: true });
    const pageShot = join(DEMO_DIR, 'page.png');
    const panelShot = join(DEMO_DIR, 'sidepanel.png');
    await page.screenshot({ path: pageShot });
    await panel.screenshot({ path: panelShot, fullPage: true });
    console.log(`page screenshot:       ${pageShot}`);
    console.log(`side panel screenshot: ${panelShot}`);
  } finally {
    await browser.close();
  }
}

async function runWithWindow(pageUrl: string): Promise<void> {
  const browser = await launchWithExtension({ headless: false, locale });
  const page = await browser.context.newPage();
  await page.goto(pageUrl);
  console.log(`Tactful is loaded. Demo page: ${pageUrl}`);
  console.log('Select a review and press "Draft reply", or click the toolbar button. Close the window to stop.');
  await new Promise<void>((done) => browser.context.on('close', () => done()));
}

async function main(): Promise<void> {
  findChromium();
  if (!args.has('--no-build')) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const server = await serveDirs({ '/': join(ROOT, 'test', 'fixtures', 'pages') });
  const pageUrl = server.url('/demo.html');
  try {
    if (headless) await runHeadless(pageUrl);
    else await runWithWindow(pageUrl);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
