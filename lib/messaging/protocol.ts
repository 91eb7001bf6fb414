/**
 * Messages between content script (CS), background (BG) and side panel (SP), named by direction.
 * Every message is validated with zod at the receiving end.
 */
import { z } from 'zod';

export const ReviewPayloadSchema = z.object({
  text: z.string().min(1).max(1_000_000),
  author: z.string().max(500).optional(),
  rating: z.number().min(0).max(10).optional(),
  date: z.string().max(100).optional(),
  /** Site id of the detector that found it, or the page host for free selections. */
  site: z.string().max(200).optional(),
  url: z.string().max(5000).optional(),
  /** Stable key of a detected review on its page (see reviewKey()); absent for a free selection. */
  reviewKey: z.string().max(200).optional(),
});
export type ReviewPayload = z.infer<typeof ReviewPayloadSchema>;

/** The review the side panel works on; kept in extension storage (see lib/settings/storage.ts). */
export const CurrentReviewSchema = ReviewPayloadSchema.extend({
  tabId: z.number().int().optional(),
  /** Set when the agent opened the panel from a reply box: the text they are writing. */
  replyText: z.string().max(1_000_000).optional(),
  openedAt: z.number(),
});
export type CurrentReview = z.infer<typeof CurrentReviewSchema>;

export const CStoBG = z.discriminatedUnion('type', [
  /** The agent asked for a draft (floating button, chip, or context menu / command answered by the CS). */
  z.object({ type: z.literal('cs:draft-request'), review: ReviewPayloadSchema }),
  /** The agent clicked the inline badge of a reply box: open the panel on what they typed. */
  z.object({
    type: z.literal('cs:open-reply'),
    replyText: z.string().max(1_000_000),
    review: ReviewPayloadSchema.partial().optional(),
  }),
  /** Reviews detected on the page so far (the whole list each time, capped). */
  z.object({ type: z.literal('cs:reviews'), reviews: z.array(ReviewPayloadSchema).max(5000) }),
]);
export type CStoBGMessage = z.infer<typeof CStoBG>;

export const BGtoCS = z.discriminatedUnion('type', [
  /** Context menu or keyboard command: the CS answers with the selection as a ReviewPayload (or null). */
  z.object({ type: z.literal('bg:get-selection'), selectionText: z.string().optional() }),
]);
export type BGtoCSMessage = z.infer<typeof BGtoCS>;

export const SPtoCS = z.discriminatedUnion('type', [
  /** Put text into the reply box of the review (reviewKey) or the focused / last focused box. */
  z.object({ type: z.literal('sp:insert'), text: z.string().max(1_000_000), reviewKey: z.string().optional() }),
  /** Ask the CS for the reviews it detected; answered with ReviewPayload[]. */
  z.object({ type: z.literal('sp:list-reviews') }),
  /** Scroll to and outline a detected review. */
  z.object({ type: z.literal('sp:reveal'), reviewKey: z.string() }),
]);
export type SPtoCSMessage = z.infer<typeof SPtoCS>;

export const InsertResultSchema = z.object({ ok: z.boolean(), reason: z.string().optional() });
export type InsertResult = z.infer<typeof InsertResultSchema>;

/** A short, stable key for a review on a page: same text and author give the same key after re-renders. */
export function reviewKey(review: { text: string; author?: string; site?: string }): string {
  const source = `${review.site ?? ''}\u0000${review.author ?? ''}\u0000${review.text.trim().slice(0, 2000)}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 2246822507);
  }
  return `r${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}
