import { CStoBG, type ReviewPayload } from '@/lib/messaging/protocol';
import { currentReviewItem } from '@/lib/settings/storage';
import { openSidePanel, enableActionOpensPanel } from './side-panel';
import { askTabForSelection } from './selection';

const MENU_ID = 'tactful-draft-selection';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: browser.i18n.getMessage('contextMenuDraft'),
      contexts: ['selection'],
    });
  });
  enableActionOpensPanel();

  async function setCurrentReview(review: Partial<ReviewPayload> & { text: string }, tabId?: number, replyText?: string) {
    await currentReviewItem.setValue({ ...review, tabId, replyText, openedAt: Date.now() });
  }

  /** Context menu and keyboard command: open the panel first (it needs the user gesture), then fill it. */
  async function draftFromSelection(tab: Browser.tabs.Tab | undefined, selectionText?: string, frameId?: number) {
    if (tab?.id === undefined) return;
    const opened = openSidePanel(tab.id);
    const payload = await askTabForSelection(tab.id, selectionText, frameId);
    if (payload) await setCurrentReview(payload, tab.id);
    await opened;
  }

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void draftFromSelection(tab, info.selectionText, info.frameId);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'draft-selection') void draftFromSelection(tab);
  });

  browser.runtime.onMessage.addListener((raw, sender) => {
    const parsed = CStoBG.safeParse(raw);
    if (!parsed.success) return undefined;
    const message = parsed.data;
    const tabId = sender.tab?.id;
    switch (message.type) {
      case 'cs:draft-request': {
        if (tabId !== undefined) void openSidePanel(tabId);
        return setCurrentReview(message.review, tabId).then(() => ({ ok: true }));
      }
      case 'cs:open-reply': {
        if (tabId !== undefined) void openSidePanel(tabId);
        const review = message.review?.text ? { ...message.review, text: message.review.text } : { text: message.replyText };
        return setCurrentReview(review, tabId, message.replyText).then(() => ({ ok: true }));
      }
      case 'cs:reviews': {
        if (tabId !== undefined) {
          const { count } = message;
          void browser.action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
          void browser.action.setBadgeBackgroundColor({ tabId, color: '#0f766e' });
        }
        return undefined;
      }
    }
  });
});
