/** X (Twitter) posts and replies. Anchors: the data-testid hooks (tweet, User-Name, tweetText) and <time datetime>. */
import { cleanText } from '../clean-text';
import { makeReview, selfAndDescendants } from '../extract';
import type { SiteAdapter } from './adapter';
import { hostIs } from './adapter';

export const x: SiteAdapter = {
  id: 'x',
  matches: (url) => hostIs(url, 'x.com', 'twitter.com'),
  detect(root) {
    return selfAndDescendants(root, 'article[data-testid="tweet"]').flatMap((tweet) => {
      const body = tweet.querySelector('[data-testid="tweetText"]');
      const text = body ? cleanText(body) : '';
      if (!text) return [];
      // User-Name holds the display name, then "@handle · time"; the first link's text is the name.
      const name = tweet.querySelector('[data-testid="User-Name"] a[role="link"]');
      return [
        makeReview({
          element: tweet,
          text,
          site: 'x',
          author: name?.textContent,
          date: tweet.querySelector('time[datetime]')?.getAttribute('datetime'),
        }),
      ];
    });
  },
};
