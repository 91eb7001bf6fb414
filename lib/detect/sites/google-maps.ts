/**
 * Google Maps place reviews. Class names are obfuscated, so the anchors are data-review-id, the author
 * in the card's aria-label, the stars' role="img" aria-label and the text block whose id is the review id.
 * The owner's response sits outside that block and is left out.
 */
import { cleanText } from '../clean-text';
import { makeReview, parseRating, selfAndDescendants } from '../extract';
import type { SiteAdapter } from './adapter';

export const googleMaps: SiteAdapter = {
  id: 'google-maps',
  matches: (url) => /(^|\.)google\.[a-z.]+$/i.test(url.hostname) && url.pathname.startsWith('/maps'),
  detect(root) {
    return selfAndDescendants(root, 'div[data-review-id][aria-label]').flatMap((card) => {
      const id = card.getAttribute('data-review-id') ?? '';
      const body = card.querySelector(`[id="${id.replace(/["\\]/g, '')}"]`);
      const text = body ? cleanText(body) : '';
      if (!text) return [];
      const stars = card.querySelector('[role="img"][aria-label*="star" i]');
      return [
        makeReview({
          element: card,
          text,
          site: 'google-maps',
          author: card.getAttribute('aria-label'),
          rating: parseRating(stars?.getAttribute('aria-label')),
          date: stars?.nextElementSibling?.textContent,
        }),
      ];
    });
  },
};
