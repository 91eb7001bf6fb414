import type { DetectedReview } from '@/lib/types';
import { observeReviews } from '@/lib/detect/observer';
import { mountSelectionButton, getSelectionPayload, innermostReview } from '@/lib/page/selection-button';
import { mountReplyChips } from '@/lib/page/chips';
import { reviewKey, type ReviewPayload } from '@/lib/messaging/protocol';
import { isEditableBox, insertReply, type ReplyBox } from '@/lib/page/insert';
import { loadSiteSettings, type SiteSettings } from './site-settings';
import { handleMessage } from './messages';
import { startInlineLintOnFirstFocus } from './inline-loader';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    const settings: SiteSettings = await loadSiteSettings(location.hostname);
    let lastFocusedBox: ReplyBox | undefined;

    const toPayload = (review: DetectedReview): ReviewPayload => ({
      text: review.text,
      author: review.author,
      rating: review.rating,
      date: review.date,
      site: review.site,
      url: location.href,
      reviewKey: reviewKey(review),
    });
    const requestDraft = (payload: ReviewPayload) => {
      browser.runtime.sendMessage({ type: 'cs:draft-request', review: payload }).catch((error: unknown) => {
        console.warn('Tactful: could not reach the extension (was it updated? reload the page):', error);
      });
    };
    let detectedCount = 0;
    const onReviewsAdded = (added: DetectedReview[]) => {
      detectedCount += added.length;
      if (settings.chips) mountReplyChips(document, added, (review) => requestDraft(toPayload(review)));
      void browser.runtime.sendMessage({ type: 'cs:reviews', count: detectedCount }).catch(() => undefined);
    };
    // Nothing is detected where the user turned Tactful off.
    const observer = settings.enabled ? observeReviews(document, location.href, onReviewsAdded, { signal: ctx.signal }) : undefined;
    const reviews = (): DetectedReview[] => observer?.all() ?? [];
    const findReview = (node: Node): DetectedReview | undefined => innermostReview(reviews(), node);

    browser.runtime.onMessage.addListener((message: unknown) =>
      handleMessage(message, {
        selection: () => getSelectionPayload(document, findReview),
        toPayload,
        reviews,
        insert: (text, key) => {
          const box = (key ? observer?.byKey(key)?.replyBox : undefined) ?? lastFocusedBox;
          if (!box || !box.isConnected) return { ok: false, reason: 'no-reply-box' };
          return insertReply(box, text) ? { ok: true } : { ok: false, reason: 'editor-refused' };
        },
      }),
    );

    if (!settings.enabled) return;

    document.addEventListener(
      'focusin',
      (event) => {
        const target = event.composedPath()[0];
        if (target instanceof Element && isEditableBox(target)) lastFocusedBox = target;
      },
      { capture: true, signal: ctx.signal },
    );

    mountSelectionButton(
      document,
      ({ text, review }) => requestDraft(review ? { ...toPayload(review), text } : { text, site: location.hostname, url: location.href }),
      findReview,
      { signal: ctx.signal },
    );

    if (settings.inline) {
      startInlineLintOnFirstFocus(document, {
        signal: ctx.signal,
        contextReview: (box) => reviews().find((review) => review.replyBox === box),
      });
    }
  },
});
