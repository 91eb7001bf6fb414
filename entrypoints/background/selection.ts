import { ReviewPayloadSchema, type BGtoCSMessage, type ReviewPayload } from '@/lib/messaging/protocol';

/**
 * Asks the content script of a tab for the current selection (with the review it sits in). Falls back to
 * the browser's own selection text when the content script can't answer (e.g. a page where it does not run).
 */
export async function askTabForSelection(
  tabId: number,
  selectionText: string | undefined,
  frameId = 0,
): Promise<ReviewPayload | undefined> {
  const message: BGtoCSMessage = { type: 'bg:get-selection', selectionText };
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, message, { frameId });
    const parsed = ReviewPayloadSchema.safeParse(answer);
    if (parsed.success) return parsed.data;
  } catch (error) {
    console.warn('Tactful: no content script answered in this tab:', error);
  }
  const text = selectionText?.trim();
  return text ? { text } : undefined;
}
