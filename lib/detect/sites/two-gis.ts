/**
 * 2GIS firm reviews. Class names are generated, so the anchors are structural: the review text is a link
 * to the review's own page (href containing "/review/"), the author is a profile link's span[title], and
 * the rating is the number of filled star icons (svg fill="#ffb81c") before the date.
 */
import { cleanText } from '../clean-text';
import { makeReview, selfAndDescendants } from '../extract';
import type { DetectedReview } from '../../types';
import type { SiteAdapter } from './adapter';
import { hostIs } from './adapter';

const FILLED_STAR = 'svg[fill="#ffb81c" i]';

export const twoGis: SiteAdapter = {
  id: '2gis',
  matches: (url) => hostIs(url, '2gis.ru', '2gis.kz', '2gis.ua', '2gis.com', '2gis.ae'),
  detect(root) {
    const reviews: DetectedReview[] = [];
    for (const link of selfAndDescendants(root, 'a[href*="/review/"]')) {
      const card = cardOf(link);
      const text = cleanText(link);
      if (!card || !text) continue;
      const author = card.querySelector('a[href*="/user/"] span[title]');
      const stars = card.querySelectorAll(FILLED_STAR).length;
      reviews.push(
        makeReview({
          element: card,
          text,
          site: '2gis',
          author: author?.getAttribute('title') ?? author?.textContent,
          rating: stars > 0 ? stars : undefined,
          // The date follows the row of stars.
          date: card.querySelector(FILLED_STAR)?.closest('span')?.parentElement?.nextElementSibling?.textContent,
        }),
      );
    }
    return reviews;
  },
};

/** The smallest block around the text that also holds the author's profile link. */
function cardOf(link: Element): Element | undefined {
  let el = link.parentElement;
  for (let i = 0; el && i < 6; i++, el = el.parentElement) if (el.querySelector('a[href*="/user/"]')) return el;
  return undefined;
}
