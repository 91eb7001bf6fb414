import type { DetectedReview } from '@/lib/types';
import { isEditableBox } from '@/lib/page/insert';
import type { InlineLintModule } from './inline-lint';

/** Built by wxt.config.ts (hook build:publicAssets) as an ES module, listed in web_accessible_resources. */
export const INLINE_LINT_CHUNK = 'content-scripts/inline-lint.js';

interface Options {
  signal: AbortSignal;
  contextReview(box: HTMLElement): DetectedReview | undefined;
}

/**
 * The linter (rules for four languages) is the heaviest part of the content script, so it is loaded only
 * when the agent first focuses an editable box on the page.
 */
export function startInlineLintOnFirstFocus(doc: Document, options: Options): void {
  const controller = new AbortController();
  options.signal.addEventListener('abort', () => controller.abort(), { once: true });
  const onFocus = (event: FocusEvent) => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || !isEditableBox(target)) return;
    controller.abort();
    void loadAndStart(doc, options);
  };
  doc.addEventListener('focusin', onFocus, { capture: true, signal: controller.signal });
}

async function loadAndStart(doc: Document, options: Options): Promise<void> {
  try {
    // A generated file, so WXT's typed PublicPath does not list it.
    const url = (browser.runtime.getURL as (path: string) => string)(`/${INLINE_LINT_CHUNK}`);
    const module = (await import(/* @vite-ignore */ url)) as InlineLintModule;
    module.start(doc, {
      signal: options.signal,
      contextReview: options.contextReview,
      uiLanguage: uiLanguage(doc),
      openPanel: (replyText, review) =>
        browser.runtime.sendMessage({ type: 'cs:open-reply', replyText, review }).then(() => undefined),
      disableSite: () => disableInlineOn(location.hostname),
    });
  } catch (error) {
    console.warn('Tactful: inline warnings could not start on this page:', error);
  }
}

function uiLanguage(doc: Document): 'en' | 'ru' | 'uk' | 'bg' {
  const lang = (navigator.language || doc.documentElement.lang || 'en').slice(0, 2).toLowerCase();
  return lang === 'ru' || lang === 'uk' || lang === 'bg' ? lang : 'en';
}

async function disableInlineOn(host: string): Promise<void> {
  const { settings } = await browser.storage.local.get('settings');
  const current = (settings && typeof settings === 'object' ? settings : {}) as { sites?: Record<string, object> };
  const sites = { ...current.sites, [host]: { ...current.sites?.[host], inline: false } };
  await browser.storage.local.set({ settings: { ...current, sites } });
}
