/**
 * Reddit comments: old reddit (div.thing.comment[data-author] with its own .entry) and new reddit
 * (<shreddit-comment author> with a slot="comment" body).
 */
import { cleanText } from '../clean-text';
import { makeReview, selfAndDescendants } from '../extract';
import type { SiteAdapter } from './adapter';
import { hostIs } from './adapter';

export const reddit: SiteAdapter = {
  id: 'reddit',
  matches: (url) => hostIs(url, 'reddit.com'),
  detect(root) {
    return selfAndDescendants(root, '.thing.comment[data-author], shreddit-comment[author]').flatMap((comment) => {
      const body = comment.querySelector(':scope > .entry .usertext-body .md, :scope > [slot="comment"]');
      const text = body ? cleanText(body) : '';
      if (!text) return [];
      return [
        makeReview({
          element: comment,
          text,
          site: 'reddit',
          author: comment.getAttribute('data-author') ?? comment.getAttribute('author'),
          date: comment.querySelector(':scope > .entry time')?.getAttribute('datetime') ?? comment.getAttribute('created-timestamp'),
        }),
      ];
    });
  },
};
