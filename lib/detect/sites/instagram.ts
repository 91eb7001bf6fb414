/**
 * Instagram post comments. Class names are generated, so the anchors are structural: a list item with the
 * author's link inside an <h3>, the text in the dir="auto" span after it, and <time datetime>.
 */
import { cleanText, collapseWhitespace } from '../clean-text';
import { makeReview, selfAndDescendants } from '../extract';
import type { SiteAdapter } from './adapter';
import { hostIs } from './adapter';

export const instagram: SiteAdapter = {
  id: 'instagram',
  matches: (url) => hostIs(url, 'instagram.com'),
  detect(root) {
    return selfAndDescendants(root, 'li').flatMap((item) => {
      // The first h3, text span and time in the item are its own; replies come after them.
      const heading = item.querySelector('h3');
      const author = heading?.querySelector('a');
      const body = heading?.parentElement?.querySelector(':scope > div span[dir="auto"]');
      const time = item.querySelector('time[datetime]');
      if (!author || !body || !time) return [];
      const text = cleanText(body);
      if (!text) return [];
      return [
        makeReview({ element: item, text, site: 'instagram', author: collapseWhitespace(author.textContent ?? ''), date: time.getAttribute('datetime') }),
      ];
    });
  },
};
