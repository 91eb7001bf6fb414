// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { authorName } from '../../../lib/detect/roles';

function author(html: string): Element {
  const span = document.createElement('span');
  span.innerHTML = html;
  return span;
}

describe('authorName', () => {
  it.each([
    ['a plain name', ' Мария  Иванова ', 'Мария Иванова'],
    ['"пишет:" after the name', 'Сергей_77 пишет:', 'Сергей_77'],
    ['"написала" after the name', '<b>Олена</b> написала', 'Олена'],
    ['"wrote:" after the name', 'James W. wrote:', 'James W.'],
    ['"says" after the name', 'Peter says', 'Peter'],
    ['the verb in capitals', 'Сергей ПИШЕТ:', 'Сергей'],
    ['a name of eight words', 'Anna Maria Louisa de la Cruz y Lopez', 'Anna Maria Louisa de la Cruz y Lopez'],
  ])('%s', (_, html, expected) => {
    expect(authorName(author(html))).toBe(expected);
  });

  it.each([
    ['nothing but the verb', 'пишет:'],
    ['nine words: a sentence, not a name', 'I ordered the blue kettle and it never came'],
    ['empty', '   '],
  ])('gives no name for %s', (_, html) => {
    expect(authorName(author(html))).toBeUndefined();
  });
});
