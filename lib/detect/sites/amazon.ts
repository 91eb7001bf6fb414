/**
 * Amazon review lists and the "Top positive / critical review" pair. Anchors: data-hook attributes
 * (review, review-body, review-star-rating, cmps-review-star-rating) and the a-profile-name span.
 */
import { cleanText, textOf } from '../clean-text';
import { makeReview, parseRating, selfAndDescendants } from '../extract';
import type { DetectedReview } from '../../types';
import type { SiteAdapter } from './adapter';

const CARD = '[data-hook="review"], .view-point-review';
const STARS = '[data-hook$="review-star-rating"] .a-icon-alt, [data-hook^="review-star-rating"] .a-icon-alt';

export const amazon: SiteAdapter = {
  id: 'amazon',
  matches: (url) => /(^|\.)amazon\.[a-z.]+$/i.test(url.hostname),
  detect(root) {
    const seen = new Set<string>();
    const reviews: DetectedReview[] = [];
    for (const card of selfAndDescendants(root, CARD)) {
      const text = bodyText(card) || textOf(card, '[data-hook="review-title"] span:not(.a-letter-space), [data-hook="review-title"]');
      // The top reviews repeat list items; the same review is reported once.
      if (!text || seen.has(text)) continue;
      seen.add(text);
      reviews.push(
        makeReview({
          element: card,
          text,
          site: 'amazon',
          author: textOf(card, '.a-profile-name'),
          rating: parseRating(card.querySelector(STARS)?.textContent),
          date: textOf(card, '[data-hook="review-date"], .review-date'),
        }),
      );
    }
    return reviews;
  },
};

function bodyText(card: Element): string {
  const body = card.querySelector('[data-hook="review-body"]');
  if (body) return cleanText(body, { exclude: '.cr-translated-review-content.aok-hidden' });
  // The top-review widget has no data-hook on its body: it is the row after the date.
  const date = card.querySelector('.review-date');
  const row = date?.parentElement?.nextElementSibling;
  return row ? cleanText(row) : '';
}
