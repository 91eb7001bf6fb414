/**
 * VK post comments. Anchors: the reply blocks (.reply with id "post<owner>_<id>"), .reply_author,
 * .wall_reply_text and .reply_date; "Показать полностью…" is dropped by cleanText.
 */
import { cleanText, textOf } from '../clean-text';
import { makeReview, selfAndDescendants } from '../extract';
import type { SiteAdapter } from './adapter';
import { hostIs } from './adapter';

export const vk: SiteAdapter = {
  id: 'vk',
  matches: (url) => hostIs(url, 'vk.com', 'vk.ru'),
  detect(root) {
    return selfAndDescendants(root, '.reply[id^="post"]').flatMap((reply) => {
      const body = reply.querySelector('.wall_reply_text');
      const text = body ? cleanText(body, { exclude: '.wall_reply_more' }) : '';
      if (!text) return [];
      return [
        makeReview({
          element: reply,
          text,
          site: 'vk',
          author: textOf(reply, '.reply_author .author'),
          date: textOf(reply, '.reply_date'),
        }),
      ];
    });
  },
};
