import { BGtoCS, SPtoCS, type InsertResult, type ReviewPayload } from '@/lib/messaging/protocol';
import type { DetectedReview } from '@/lib/types';

export interface MessageHandlers {
  selection(): { text: string; review?: DetectedReview } | null;
  toPayload(review: DetectedReview): ReviewPayload;
  reviews(): DetectedReview[];
  insert(text: string, reviewKey?: string): InsertResult;
}

const MAX_SELECTION = 20_000;

/** Answers the background and the side panel. Returns a promise of the answer, or undefined to stay silent. */
export function handleMessage(raw: unknown, handlers: MessageHandlers): Promise<unknown> | undefined {
  const fromBackground = BGtoCS.safeParse(raw);
  if (fromBackground.success) {
    const selected = handlers.selection();
    const fallback = fromBackground.data.selectionText?.trim();
    if (!selected && !fallback) return Promise.resolve(null);
    const text = (selected?.text ?? fallback ?? '').slice(0, MAX_SELECTION);
    const payload: ReviewPayload = selected?.review
      ? { ...handlers.toPayload(selected.review), text }
      : { text, site: location.hostname, url: location.href };
    return Promise.resolve(payload);
  }
  const fromPanel = SPtoCS.safeParse(raw);
  if (!fromPanel.success) return undefined;
  const message = fromPanel.data;
  switch (message.type) {
    case 'sp:list-reviews':
      return Promise.resolve(handlers.reviews().map(handlers.toPayload));
    case 'sp:insert':
      return Promise.resolve(handlers.insert(message.text, message.reviewKey));
    case 'sp:reveal': {
      const review = handlers.reviews().find((r) => handlers.toPayload(r).reviewKey === message.reviewKey);
      review?.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return Promise.resolve({ ok: Boolean(review) });
    }
  }
}
