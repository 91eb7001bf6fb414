/**
 * Side-panel side of the messaging protocol: typed helpers that validate what they send and what comes back.
 * A tab without our content script (chrome:// pages, a page loaded before the extension) answers with
 * `{ ok: false, reason: 'unreachable' }` instead of an exception, so the panel can say "reload the page".
 */
import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import {
  InsertResultSchema,
  ReviewPayloadSchema,
  SPtoCS,
  type InsertResult,
  type ReviewPayload,
  type SPtoCSMessage,
} from './protocol';

export type TabReply<T> = { ok: true; value: T } | { ok: false; reason: 'unreachable' | 'invalid-reply' };

async function sendToTab<T>(tabId: number, message: SPtoCSMessage, reply: z.ZodMiniType<T>): Promise<TabReply<T>> {
  let answer: unknown;
  try {
    answer = await browser.tabs.sendMessage(tabId, SPtoCS.parse(message));
  } catch (error) {
    console.warn(`Tactful: tab ${tabId} did not answer ${message.type}`, error);
    return { ok: false, reason: 'unreachable' };
  }
  const parsed = reply.safeParse(answer);
  if (!parsed.success) {
    console.warn(`Tactful: invalid answer to ${message.type}`, parsed.error.issues);
    return { ok: false, reason: 'invalid-reply' };
  }
  return { ok: true, value: parsed.data };
}

/** Put text into the reply box of the review (reviewKey) or the focused box of the tab. */
export async function insertIntoTab(tabId: number, text: string, reviewKey?: string): Promise<InsertResult> {
  const reply = await sendToTab(tabId, { type: 'sp:insert', text, reviewKey }, InsertResultSchema);
  return reply.ok ? reply.value : { ok: false, reason: reply.reason };
}

export function listTabReviews(tabId: number): Promise<TabReply<ReviewPayload[]>> {
  return sendToTab(tabId, { type: 'sp:list-reviews' }, z.array(ReviewPayloadSchema));
}

export async function revealReview(tabId: number, reviewKey: string): Promise<void> {
  await sendToTab(tabId, { type: 'sp:reveal', reviewKey }, z.unknown());
}

/**
 * The tab the panel works for: the active tab of this window, unless the panel itself is open as a tab
 * (then the tab the current review came from).
 */
export async function findPageTabId(fallbackTabId?: number): Promise<number | undefined> {
  if (await browser.tabs.getCurrent()) return fallbackTabId;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? fallbackTabId;
}
