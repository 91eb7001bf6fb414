/**
 * Tripadvisor hotel, restaurant and attraction reviews. Anchors: data-automation="reviewCard" /
 * data-test-target="HR_CC_CARD", the bubble rating's <title> ("4.0 of 5 bubbles"), the profile link and
 * the review text's data-automation / data-test-target hooks.
 */
import { cleanText, textOf } from '../clean-text';
import { makeReview, parseRating, selfAndDescendants } from '../extract';
import type { SiteAdapter } from './adapter';

export const tripadvisor: SiteAdapter = {
  id: 'tripadvisor',
  matches: (url) => /(^|\.)tripadvisor\.[a-z.]+$/i.test(url.hostname),
  detect(root) {
    return selfAndDescendants(root, '[data-automation="reviewCard"], [data-test-target="HR_CC_CARD"]').flatMap((card) => {
      const body = card.querySelector('[data-automation^="reviewText"], [data-test-target="review-body"]');
      const text = body ? cleanText(body) : '';
      if (!text) return [];
      const bubbles = card.querySelector('svg[data-automation="bubbleRatingImage"] title, svg title');
      return [
        makeReview({
          element: card,
          text,
          site: 'tripadvisor',
          author: Array.from(card.querySelectorAll('a[href^="/Profile/"]')).map((a) => cleanText(a)).find(Boolean),
          rating: parseRating(bubbles?.textContent),
          date: textOf(card, '[data-automation="reviewDate"], [data-test-target="review-date"]'),
        }),
      ];
    });
  },
};
