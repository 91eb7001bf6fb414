/**
 * irecommend.ru product pages (Drupal). Anchors: the review list items (.list-comments > .item), the
 * author link to /users/, the star widget (.starsRating .on) and the text snippet.
 */
import { cleanText, textOf } from '../clean-text';
import { makeReview, selfAndDescendants } from '../extract';
import type { SiteAdapter } from './adapter';
import { hostIs } from './adapter';

export const irecommend: SiteAdapter = {
  id: 'irecommend',
  matches: (url) => hostIs(url, 'irecommend.ru'),
  detect(root) {
    return selfAndDescendants(root, '.list-comments > .item').flatMap((item) => {
      const body = item.querySelector('.reviewTextSnippet, [itemprop="reviewBody"]');
      const text = body ? cleanText(body) : '';
      if (!text) return [];
      const stars = item.querySelectorAll('.starsRating .on').length;
      return [
        makeReview({
          element: item,
          text,
          site: 'irecommend',
          author: textOf(item, '.authorName a[href*="/users/"], .authorName'),
          rating: stars > 0 ? stars : undefined,
          date: item.querySelector('[itemprop="datePublished"]')?.getAttribute('content') ?? textOf(item, '.created'),
        }),
      ];
    });
  },
};
