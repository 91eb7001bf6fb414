/**
 * Reply chips: a small "Reply" button by each detected review, inside Tactful's shadow root, placed at the
 * review's top right in page coordinates. Positions are refreshed once per animation frame after a scroll
 * (of any scroll container) or a resize, and only for chips that exist.
 */
import { reviewKey } from '../messaging/protocol';
import type { DetectedReview } from '../types';
import { getTactfulRoot } from './host';
import { pageStrings } from './strings';
import { ensureStylesheet } from './styles';

interface Chip {
  button: HTMLButtonElement;
  review: DetectedReview;
}

interface ChipLayer {
  chips: Map<string, Chip>;
  reposition: () => void;
}

const layers = new WeakMap<Document, ChipLayer>();

export function mountReplyChips(
  doc: Document,
  reviews: DetectedReview[],
  onDraft: (review: DetectedReview) => void,
  options: { signal?: AbortSignal } = {},
): void {
  if (!doc.defaultView) return;
  const layer = layerFor(doc, options.signal);
  const strings = pageStrings(doc);
  const root = getTactfulRoot(doc);
  ensureStylesheet(root);
  for (const review of reviews) {
    const key = reviewKey(review);
    const existing = layer.chips.get(key);
    if (existing) {
      // The page re-rendered the review: the chip follows the new element.
      existing.review = review;
      continue;
    }
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'tactful-button tactful-chip';
    button.setAttribute('data-tactful', 'chip');
    button.textContent = strings.reply;
    if (review.author) button.setAttribute('aria-label', strings.replyTo(review.author));
    const chip: Chip = { button, review };
    button.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      try {
        onDraft(chip.review);
      } catch (error) {
        console.error('Tactful: the draft request failed', error);
      }
    });
    root.appendChild(button);
    layer.chips.set(key, chip);
  }
  layer.reposition();
}

/** Removes every chip from the page (the user turned chips off for this site). */
export function unmountReplyChips(doc: Document): void {
  const layer = layers.get(doc);
  if (!layer) return;
  for (const chip of layer.chips.values()) chip.button.remove();
  layer.chips.clear();
}

function layerFor(doc: Document, signal?: AbortSignal): ChipLayer {
  const existing = layers.get(doc);
  if (existing) return existing;
  const win = doc.defaultView!;
  const chips = new Map<string, Chip>();
  let frame = 0;
  const place = () => {
    frame = 0;
    try {
      for (const chip of chips.values()) placeChip(chip, win);
    } catch (error) {
      console.error('Tactful: could not place the reply chips', error);
    }
  };
  const reposition = () => {
    if (frame) return;
    frame = win.requestAnimationFrame ? win.requestAnimationFrame(place) : win.setTimeout(place, 16);
  };
  // Scroll events do not bubble; capturing on the document sees inner scroll containers too.
  doc.addEventListener('scroll', reposition, { capture: true, passive: true, signal });
  win.addEventListener('resize', reposition, { passive: true, signal });
  signal?.addEventListener('abort', () => unmountReplyChips(doc));
  const layer = { chips, reposition };
  layers.set(doc, layer);
  signal?.addEventListener('abort', () => layers.delete(doc));
  return layer;
}

function placeChip(chip: Chip, win: Window): void {
  const element = chip.review.element;
  if (!element.isConnected) {
    chip.button.hidden = true;
    return;
  }
  const rect = element.getBoundingClientRect();
  // A review the page hides (collapsed, display:none) has no box; its chip hides with it.
  chip.button.hidden = rect.width === 0 && rect.height === 0;
  chip.button.style.top = `${Math.round(rect.top + win.scrollY + 4)}px`;
  chip.button.style.left = `${Math.round(rect.right + win.scrollX - 72)}px`;
}
