// @vitest-environment jsdom
/**
 * Each review's reply field: inside the review, or in the block right after it (an open reply form).
 * A page's own "add a comment" field below the thread belongs to no review.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { detectReviews } from '../../../lib/detect';
import { commentHtml, sampleComments } from './thread';

const URL = 'https://forum.example/thread/7';
const comments = sampleComments(5);

beforeEach(() => {
  document.body.innerHTML = `
    <section class="comments" id="comments"><h2>Комментарии</h2><div class="comments__list">
      ${commentHtml(comments[0]!, 1)}
      ${commentHtml(comments[1]!, 2)}
      <form class="comment-form" action="/reply/2"><label>Ваш ответ <textarea name="reply-2"></textarea></label><button>Отправить</button></form>
      ${commentHtml(comments[2]!, 3).replace('</div></div>', '</div><div><div contenteditable="true" aria-label="Reply to Мария"></div></div></div>')}
      ${commentHtml(comments[3]!, 4)}
      ${commentHtml(comments[4]!, 5)}
    </div></section>
    <form class="new-comment" action="/comment"><textarea name="comment" placeholder="Написать комментарий"></textarea></form>`;
});

const boxesByAuthor = (root: Document | Element) =>
  Object.fromEntries(detectReviews(root, URL).map((r) => [r.author, r.replyBox?.getAttribute('name') ?? r.replyBox?.getAttribute('aria-label')]));

describe('reply boxes of detected reviews', () => {
  it('finds the open reply form after a comment and the editor inside another, and nothing for the rest', () => {
    expect(boxesByAuthor(document)).toEqual({
      'Анна К. 0': undefined,
      'Dmytro 1': 'reply-2',
      'Мария Иванова 2': 'Reply to Мария',
      'Peter W 3': undefined,
      'Олена 4': undefined,
    });
  });

  it('finds the reply form right after a comment scanned on its own (a comment the page just added)', () => {
    const second = document.getElementById('comment-2')!;
    expect(detectReviews(second, URL, { knownShapes: new Set(['DIV.comment']) }).map((r) => r.replyBox?.getAttribute('name'))).toEqual(['reply-2']);
  });

  it('leaves reply boxes out when the page shows no reply field', () => {
    for (const field of Array.from(document.querySelectorAll('form, [contenteditable]'))) field.remove();
    expect(Object.values(boxesByAuthor(document))).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
