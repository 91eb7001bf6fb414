/** A small comment thread in the shape many sites use, for observer tests and the benchmark. */

export interface CommentSpec {
  author: string;
  text: string;
}

export function commentHtml({ author, text }: CommentSpec, id: number): string {
  return `<div class="comment" id="comment-${id}"><div class="comment__head"><a class="comment__author" href="/u/${id}">${author}</a> <time datetime="2024-04-0${(id % 9) + 1}">${(id % 9) + 1} апреля</time></div><div class="comment__text"><p>${text}</p></div><div class="comment__actions"><a href="#reply-${id}">Ответить</a></div></div>`;
}

export function threadHtml(comments: CommentSpec[], firstId = 1): string {
  return `<section class="comments" id="comments"><h2>Комментарии</h2><div class="comments__list">${comments
    .map((c, i) => commentHtml(c, firstId + i))
    .join('')}</div></section>`;
}

const AUTHORS = ['Анна К.', 'Dmytro', 'Мария Иванова', 'Peter W', 'Олена', 'Георги'];
const TEXTS = [
  'Заказ №48213 привезли на два часа позже, курьер даже не извинился.',
  'Замовлення не приїхало, гроші не повернули вже тиждень.',
  'Чакахме доставката цял ден, никой не се обади.',
  'The refund still has not arrived after eleven days.',
  'Спасибо, всё пришло вовремя и аккуратно упаковано.',
];

/** `count` distinct comments with realistic wording. */
export function sampleComments(count: number, offset = 0): CommentSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    author: `${AUTHORS[(i + offset) % AUTHORS.length]} ${i + offset}`,
    text: `${TEXTS[(i + offset) % TEXTS.length]} (#${i + offset})`,
  }));
}
