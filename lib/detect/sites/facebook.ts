/**
 * Facebook comments and page reviews. Class names are generated, so the anchors are ARIA:
 * div[role="article"] whose aria-label names the comment ("Comment by …", "Комментарий от …"), the first
 * role="link" with text (the author), and the dir="auto" text blocks.
 */
import { cleanText, collapseWhitespace } from '../clean-text';
import { makeReview, selfAndDescendants } from '../extract';
import type { SiteAdapter } from './adapter';
import { hostIs } from './adapter';

export const facebook: SiteAdapter = {
  id: 'facebook',
  matches: (url) => hostIs(url, 'facebook.com'),
  detect(root) {
    return selfAndDescendants(root, 'div[role="article"][aria-label]').flatMap((article) => {
      const author = Array.from(article.querySelectorAll('a[role="link"]')).find((a) => collapseWhitespace(a.textContent ?? ''));
      // The comment's own text: dir="auto" blocks outside the author link and outside nested replies.
      const blocks = Array.from(article.querySelectorAll('div[dir="auto"]')).filter(
        (el) => !author?.contains(el) && el.closest('div[role="article"]') === article && !el.parentElement?.closest('div[dir="auto"]'),
      );
      const text = collapseWhitespace(blocks.map((el) => cleanText(el)).join(' '));
      if (!text) return [];
      return [
        makeReview({
          element: article,
          text,
          site: 'facebook',
          author: author?.textContent,
          date: article.querySelector('li > a[href*="comment_id"]')?.textContent,
        }),
      ];
    });
  },
};
