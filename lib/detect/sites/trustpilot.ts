/** Trustpilot company pages. Anchors: the data-* attributes Trustpilot puts on every review card part. */
import { cleanText, textOf } from '../clean-text';
import { dateOf, makeReview, parseRating, selfAndDescendants } from '../extract';
import type { SiteAdapter } from './adapter';
import { hostIs } from './adapter';

export const trustpilot: SiteAdapter = {
  id: 'trustpilot',
  matches: (url) => hostIs(url, 'trustpilot.com'),
  detect(root) {
    return selfAndDescendants(root, 'article[data-service-review-card-paper]').flatMap((card) => {
      const body = card.querySelector('[data-service-review-text-typography]');
      const text = body ? cleanText(body) : textOf(card, '[data-service-review-title-typography]');
      if (!text) return [];
      const rating =
        parseRating(card.querySelector('[data-service-review-rating]')?.getAttribute('data-service-review-rating')) ??
        parseRating(card.querySelector('img[alt*="out of"]')?.getAttribute('alt'));
      return [
        makeReview({
          element: card,
          text,
          site: 'trustpilot',
          author: textOf(card, '[data-consumer-name-typography]'),
          rating,
          date: dateOf(card, 'time'),
        }),
      ];
    });
  },
};
