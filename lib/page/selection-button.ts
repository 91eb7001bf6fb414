/**
 * Highlight to draft: selecting text on the page shows a small "Draft reply" button by the selection
 * (inside Tactful's shadow root). Enter or a click sends the text, with the review it sits in when there
 * is one; Escape or a click elsewhere hides it. Selections inside editable fields (the agent is typing)
 * and inside Tactful's own UI are ignored.
 */
import type { DetectedReview } from '../types';
import { getTactfulRoot, isTactfulNode } from './host';
import { pageStrings } from './strings';
import { ensureStylesheet } from './styles';

/** Longer selections are cut here: no review is this long, and messages stay small. */
export const MAX_SELECTION_CHARS = 20_000;

export interface SelectionPayload {
  text: string;
  review?: DetectedReview;
}

/** The current selection as a draft request, or null when there is nothing usable selected. */
export function getSelectionPayload(
  doc: Document,
  findReview: (node: Node) => DetectedReview | undefined,
): SelectionPayload | null {
  // The agent is typing in a field: Chromium may still report the page selection they made before.
  if (doc.activeElement && isInsideEditable(doc.activeElement)) return null;
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const common = range.commonAncestorContainer;
  if (isTactfulNode(common) || isInsideEditable(common)) return null;
  const text = truncate(selection.toString().replace(/\s+/g, ' ').trim());
  if (!text) return null;
  const review = reviewOfRange(range, findReview);
  return review ? { text, review } : { text };
}

/**
 * The review a selected range sits in. A triple-click selects a paragraph with a range that ends at offset
 * 0 of the next block, so the common ancestor often lies above the review (on a page, or in the comment a
 * reply answers). The review is found from either end of the range, provided nothing but whitespace is
 * selected outside it; a range spanning several reviews belongs to the review holding them all, if any.
 */
function reviewOfRange(range: Range, findReview: (node: Node) => DetectedReview | undefined): DetectedReview | undefined {
  for (const end of [range.startContainer, range.endContainer]) {
    const review = findReview(end);
    if (review && !selectsOutside(range, review.element)) return review;
  }
  return findReview(range.commonAncestorContainer);
}

/** Whether the range selects any text (beyond whitespace) before or after the element. */
function selectsOutside(range: Range, el: Element): boolean {
  if (!el.parentNode) return false; // the root of its tree: nothing lies outside it
  // Moving one end past the other collapses the range, so each part is empty when nothing lies there.
  const before = range.cloneRange();
  before.setEndBefore(el);
  const after = range.cloneRange();
  after.setStartAfter(el);
  return (before.toString() + after.toString()).trim() !== '';
}

/** The innermost of the reviews holding the node: a reply sits inside the comment it answers. */
export function innermostReview(reviews: Iterable<DetectedReview>, node: Node): DetectedReview | undefined {
  let found: DetectedReview | undefined;
  for (const review of reviews) {
    if (review.element.contains(node) && (!found || found.element.contains(review.element))) found = review;
  }
  return found;
}

/** Cuts at the last whitespace before the limit, never inside a surrogate pair. */
export function truncate(text: string, limit = MAX_SELECTION_CHARS): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  const end = space > limit * 0.8 ? space : /[\uD800-\uDBFF]$/.test(cut) ? limit - 1 : limit;
  return `${text.slice(0, end).trimEnd()}…`;
}

function isInsideEditable(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  return el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]') !== null;
}

export function mountSelectionButton(
  doc: Document,
  onDraft: (selection: SelectionPayload) => void,
  findReview: (node: Node) => DetectedReview | undefined,
  options: { signal?: AbortSignal } = {},
): void {
  const win = doc.defaultView;
  if (!win) return;
  const strings = pageStrings(doc);
  let button: HTMLButtonElement | undefined;
  let current: SelectionPayload | null = null;
  let pending = 0;

  const hide = () => {
    current = null;
    if (button) button.hidden = true;
  };

  const ensureButton = (): HTMLButtonElement => {
    if (button?.isConnected) return button;
    const root = getTactfulRoot(doc);
    ensureStylesheet(root);
    const el = doc.createElement('button');
    el.type = 'button';
    el.className = 'tactful-button';
    el.setAttribute('data-tactful', 'draft-selection');
    el.textContent = strings.draftReply;
    el.hidden = true;
    // Keep the page's selection when the button is pressed.
    el.addEventListener('mousedown', (event) => event.preventDefault());
    el.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      // The selection as it is now: the last update may still be waiting on its timer (a click right after a drag).
      const payload = getSelectionPayload(doc, findReview) ?? current;
      hide();
      if (!payload) return;
      try {
        onDraft(payload);
      } catch (error) {
        console.error('Tactful: the draft request failed', error);
      }
    });
    el.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        hide();
        event.stopPropagation();
      }
    });
    root.appendChild(el);
    button = el;
    return el;
  };

  const update = () => {
    pending = 0;
    const payload = getSelectionPayload(doc, findReview);
    if (!payload) {
      // Focus moving to the button collapses nothing; only hide when the selection really went away.
      if (!button || doc.activeElement?.tagName.toLowerCase() !== 'tactful-root') hide();
      return;
    }
    current = payload;
    const el = ensureButton();
    place(el, doc);
    el.setAttribute('aria-label', payload.review?.author ? strings.replyTo(payload.review.author) : strings.draftReply);
    el.hidden = false;
  };

  const scheduleUpdate = () => {
    if (pending) return;
    pending = win.setTimeout(() => {
      try {
        update();
      } catch (error) {
        console.error('Tactful: could not read the selection', error);
      }
    }, 120);
  };

  const listen = { signal: options.signal, passive: true } as const;
  doc.addEventListener('selectionchange', scheduleUpdate, listen);
  doc.addEventListener('mouseup', scheduleUpdate, listen);
  doc.addEventListener('keyup', (event) => {
    if (event.key !== 'Escape') scheduleUpdate();
  }, listen);
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  }, listen);
  doc.addEventListener('mousedown', (event) => {
    if (!isTactfulNode(event.target as Node)) hide();
  }, listen);
  options.signal?.addEventListener('abort', () => {
    if (pending) win.clearTimeout(pending);
    button?.remove();
  });
}

/** Below the selection's end, in page coordinates (the host is at the page's top left). */
function place(button: HTMLElement, doc: Document): void {
  const win = doc.defaultView!;
  const range = doc.getSelection()?.getRangeAt(0);
  const rects = range && typeof range.getClientRects === 'function' ? Array.from(range.getClientRects()) : [];
  const last = rects[rects.length - 1] ?? (typeof range?.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : undefined);
  const left = (last?.right ?? 0) + win.scrollX;
  const top = (last?.bottom ?? 0) + win.scrollY + 6;
  button.style.left = `${Math.max(0, Math.round(left - 40))}px`;
  button.style.top = `${Math.round(top)}px`;
}
