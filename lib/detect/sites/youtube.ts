/** YouTube comments, both the Polymer renderer and the 2024 view model. Anchors: custom element names and ids. */
import { cleanText, textOf } from '../clean-text';
import { makeReview, selfAndDescendants } from '../extract';
import type { SiteAdapter } from './adapter';
import { hostIs } from './adapter';

export const youtube: SiteAdapter = {
  id: 'youtube',
  matches: (url) => hostIs(url, 'youtube.com'),
  detect(root) {
    return selfAndDescendants(root, 'ytd-comment-renderer, ytd-comment-view-model').flatMap((comment) => {
      const body = comment.querySelector('#content-text');
      const text = body ? cleanText(body) : '';
      if (!text) return [];
      return [
        makeReview({
          element: comment,
          text,
          site: 'youtube',
          author: textOf(comment, '#author-text'),
          date: textOf(comment, '#published-time-text, .published-time-text'),
        }),
      ];
    });
  },
};
