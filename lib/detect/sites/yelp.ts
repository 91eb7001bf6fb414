/**
 * Yelp business pages and user profiles. Anchors: data-review-id, the "N star rating" title/aria-label,
 * and the text's lang attribute; owner replies (.biz-owner-reply) are left out.
 */
import { cleanText, textOf } from '../clean-text';
import { makeReview, parseRating, selfAndDescendants } from '../extract';
import type { SiteAdapter } from './adapter';
import { hostIs } from './adapter';

const STARS = '[title$="star rating"], [aria-label$="star rating"]';

export const yelp: SiteAdapter = {
  id: 'yelp',
  matches: (url) => hostIs(url, 'yelp.com'),
  detect(root) {
    // On a user's profile every review is theirs; the name is the page's heading.
    const doc = 'ownerDocument' in root && root.ownerDocument ? root.ownerDocument : (root as Document);
    const profileOwner = textOf(doc, '.user-profile_info h1');
    return selfAndDescendants(root, '[data-review-id]')
      .filter((card) => !card.parentElement?.closest('[data-review-id]'))
      .flatMap((card) => {
      const body = card.querySelector('p[lang], span[lang]');
      if (!body || body.closest('.biz-owner-reply')) return [];
      const text = cleanText(body);
      if (!text) return [];
      const stars = card.querySelector(STARS);
      return [
        makeReview({
          element: card,
          text,
          site: 'yelp',
          author: textOf(card, '.user-passport-info .user-display-name, a[href*="/user_details"]') ?? profileOwner,
          rating: parseRating(stars?.getAttribute('title') ?? stars?.getAttribute('aria-label')),
          date: textOf(card, '.rating-qualifier'),
        }),
      ];
    });
  },
};
