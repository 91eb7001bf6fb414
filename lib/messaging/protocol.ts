/**
 * Messages between content script (CS), background (BG) and side panel (SP), named by direction.
 * Every message is validated with zod at the receiving end. Written with zod/mini, the tree-shakable form
 * of the same library, because the content script validates these on every page and must stay small.
 */
import { z } from 'zod/mini';

export { reviewKey } from './review-key';

export const ReviewPayloadSchema = z.object({
  text: z.string().check(z.minLength(1), z.maxLength(1_000_000)),
  author: z.optional(z.string().check(z.maxLength(500))),
  rating: z.optional(z.number().check(z.gte(0), z.lte(10))),
  date: z.optional(z.string().check(z.maxLength(100))),
  /** Site id of the detector that found it, or the page host for free selections. */
  site: z.optional(z.string().check(z.maxLength(200))),
  url: z.optional(z.string().check(z.maxLength(5000))),
  /** Stable key of a detected review on its page (see reviewKey()); absent for a free selection. */
  reviewKey: z.optional(z.string().check(z.maxLength(200))),
});
export type ReviewPayload = z.infer<typeof ReviewPayloadSchema>;

/** The review the side panel works on; kept in extension storage (see lib/settings/storage.ts). */
export const CurrentReviewSchema = z.extend(ReviewPayloadSchema, {
  tabId: z.optional(z.int()),
  /** Set when the agent opened the panel from a reply box: the text they are writing. */
  replyText: z.optional(z.string().check(z.maxLength(1_000_000))),
  openedAt: z.number(),
});
export type CurrentReview = z.infer<typeof CurrentReviewSchema>;

export const CStoBG = z.discriminatedUnion('type', [
  /** The agent asked for a draft (floating button, chip, or context menu / command answered by the CS). */
  z.object({ type: z.literal('cs:draft-request'), review: ReviewPayloadSchema }),
  /** The agent clicked the inline badge of a reply box: open the panel on what they typed. */
  z.object({
    type: z.literal('cs:open-reply'),
    replyText: z.string().check(z.maxLength(1_000_000)),
    review: z.optional(z.partial(ReviewPayloadSchema)),
  }),
  /** How many reviews the page has so far (the toolbar badge); the panel asks for the reviews themselves. */
  z.object({ type: z.literal('cs:reviews'), count: z.int().check(z.gte(0)) }),
]);
export type CStoBGMessage = z.infer<typeof CStoBG>;

export const BGtoCS = z.discriminatedUnion('type', [
  /** Context menu or keyboard command: the CS answers with the selection as a ReviewPayload (or null). */
  z.object({ type: z.literal('bg:get-selection'), selectionText: z.optional(z.string()) }),
]);
export type BGtoCSMessage = z.infer<typeof BGtoCS>;

export const SPtoCS = z.discriminatedUnion('type', [
  /** Put text into the reply box of the review (reviewKey) or the focused / last focused box. */
  z.object({ type: z.literal('sp:insert'), text: z.string().check(z.maxLength(1_000_000)), reviewKey: z.optional(z.string()) }),
  /** Ask the CS for the reviews it detected; answered with ReviewPayload[]. */
  z.object({ type: z.literal('sp:list-reviews') }),
  /** Scroll to and outline a detected review. */
  z.object({ type: z.literal('sp:reveal'), reviewKey: z.string() }),
]);
export type SPtoCSMessage = z.infer<typeof SPtoCS>;

export const InsertResultSchema = z.object({ ok: z.boolean(), reason: z.optional(z.string()) });
export type InsertResult = z.infer<typeof InsertResultSchema>;

