/** Small helpers the detectors share: scoped queries, ratings from labels, reply boxes. */
import type { DetectedReview } from '../types';
import { collapseWhitespace } from './clean-text';

/** `root` itself (when it matches) and its descendants matching `selector`, in document order. */
export function selfAndDescendants(root: ParentNode, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  if (isElement(root) && root.matches(selector)) found.unshift(root);
  return found;
}

export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

const RATING_OUT_OF = /(\d+(?:[.,]\d+)?)\s*(?:out of|of|из|з|от|\/)\s*(\d+)/i;
const RATING_NUMBER = /(\d+(?:[.,]\d+)?)/;

/**
 * A 1–5 rating from a label such as "4 stars", "Rated 5 out of 5 stars", "3.0 out of 5 stars",
 * "Оценка 4 из 5", "1.0 star rating". Scales other than 5 are converted.
 */
export function parseRating(label: string | null | undefined): number | undefined {
  if (!label) return undefined;
  const outOf = RATING_OUT_OF.exec(label);
  if (outOf) {
    const value = toNumber(outOf[1]);
    const scale = toNumber(outOf[2]);
    if (value === undefined || !scale) return undefined;
    return clampRating((value / scale) * 5);
  }
  const number = RATING_NUMBER.exec(label);
  return number ? clampRating(toNumber(number[1])) : undefined;
}

function toNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

function clampRating(value: number | undefined): number | undefined {
  if (value === undefined || value <= 0 || value > 5) return undefined;
  return Math.round(value);
}

const REPLY_BOX = 'textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], [role="textbox"]';
/** Every REPLY_BOX matches this shorter selector, which a whole page is checked against faster. */
const MAYBE_REPLY_BOX = 'textarea, [contenteditable], [role="textbox"]';

/**
 * Fills in each review's reply box. One query finds the scanned part's reply fields (most pages show none
 * until "Reply" is pressed, and then one or a few); only reviews holding one, or followed by a block that
 * does, are looked at closely, so a page of 5,000 comments with one reply form costs little more than one query.
 */
export function attachReplyBoxes(reviews: DetectedReview[], root: ParentNode): void {
  if (reviews.length === 0) return;
  const next = isElement(root) ? root.nextElementSibling : null;
  const maybeBoxes = next ? [...root.querySelectorAll(MAYBE_REPLY_BOX), ...selfAndDescendants(next, MAYBE_REPLY_BOX)] : root.querySelectorAll(MAYBE_REPLY_BOX);
  const holders = new Set<Element>();
  for (const box of Array.from(maybeBoxes)) {
    if (!box.matches(REPLY_BOX)) continue;
    for (let el: Element | null = box; el && !holders.has(el); el = el.parentElement) holders.add(el);
  }
  if (holders.size === 0) return;
  for (const review of reviews) {
    const after = review.element.nextElementSibling;
    if (!holders.has(review.element) && !(after && holders.has(after))) continue;
    const box = findReplyBox(review.element);
    if (box) review.replyBox = box;
  }
}

/**
 * The page's reply field for a review: inside the review element, or in the block right after it
 * (many sites render the reply form as the next sibling).
 */
export function findReplyBox(review: Element): HTMLElement | undefined {
  const inside = review.querySelector<HTMLElement>(REPLY_BOX);
  if (inside) return inside;
  const next = review.nextElementSibling;
  if (!next) return undefined;
  if (next.matches(REPLY_BOX)) return next as HTMLElement;
  const form = next.tagName === 'FORM' ? next : next.querySelector('form');
  return form?.querySelector<HTMLElement>(REPLY_BOX) ?? undefined;
}

/** A review record with empty optional fields left out, so results compare cleanly. */
export function makeReview(fields: {
  element: Element;
  text: string;
  site: string;
  author?: string | null;
  rating?: number;
  date?: string | null;
}): DetectedReview {
  const review: DetectedReview = { element: fields.element, text: fields.text, site: fields.site };
  const author = fields.author ? collapseWhitespace(fields.author) : '';
  if (author) review.author = author;
  if (fields.rating !== undefined) review.rating = fields.rating;
  const date = fields.date ? collapseWhitespace(fields.date) : '';
  if (date) review.date = date;
  return review;
}

/** Attribute value or text of a date element (`<time datetime>` first). */
export function dateOf(root: ParentNode, selector = 'time'): string | undefined {
  const el = root.querySelector(selector);
  if (!el) return undefined;
  return el.getAttribute('datetime') ?? el.getAttribute('title') ?? (el.textContent ?? undefined);
}
