import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/text/matcher';
import { PatternError } from '../../../lib/text/pattern';
import type { DetectedLanguage } from '../../../lib/taxonomy';

function found(language: DetectedLanguage, pattern: string, text: string): string[] {
  return compileMatcher(language, [{ id: 'p', pattern }])
    .match(text)
    .map((m) => text.slice(m.start, m.end));
}

describe('compileMatcher: pattern syntax', () => {
  it.each<[DetectedLanguage, string, string, string[]]>([
    // plain words match every inflection
    ['ru', 'курьер опоздал', 'Курьеры опоздали на час', ['Курьеры опоздали']],
    ['ru', 'жалоба в прокуратура', 'Жалобу в прокуратуру уже написал', ['Жалобу в прокуратуру']],
    ['ru', 'подать в суд', 'Я подам в суд на вас', []], // stems are not lemmas: verbs want a prefix
    ['ru', 'пода* в суд', 'Я подам в суд на вас', ['подам в суд']],
    ['uk', 'звернутися до суду', 'Звернуся до суду', []], // different verb stem: use a prefix
    ['uk', 'звер* до суд', 'Звернуся до суду', ['Звернуся до суду']],
    ['bg', 'поръчка', 'Поръчката ми не дойде', ['Поръчката']],
    ['en', 'refund', 'Still no refunds', ['refunds']],
    // prefix and exact
    ['ru', 'ужас*', 'Ужаааасное обслуживание', ['Ужаааасное']],
    ['ru', '=суд', 'суда не будет, только суд', ['суд']],
    // alternatives and optional words
    ['ru', 'юрист|адвокат*|прокуратур*', 'Обращусь к адвокату', ['адвокату']],
    ['en', 'very? sorry', 'We are very sorry', ['very sorry']],
    ['en', 'very? sorry', 'We are sorry', ['sorry']],
    // gaps
    ['ru', 'курьер ~3 нагрубил', 'Курьер очень сильно мне нагрубил', ['Курьер очень сильно мне нагрубил']],
    ['ru', 'курьер ~1 нагрубил', 'Курьер очень сильно мне нагрубил', []],
    // numbers, emoji, punctuation, symbols
    ['ru', 'заказ #', 'Заказ № 123456 потерян', ['Заказ № 123456']],
    ['ru', '😂', 'Ну-ну 😂🏽', ['😂🏽']],
    ['ru', '!!', 'Безобразие!!!', ['!!!']],
    ['ru', '# ₽', 'Списали 500 ₽', ['500 ₽']],
    // punctuation inside a sentence is skipped, a sentence boundary is not crossed
    ['ru', 'спасибо что', 'Спасибо, что ответили', ['Спасибо, что']],
    ['ru', 'спасибо что', 'Спасибо. Что дальше?', []],
    // normalization: Latin look-alikes, ё, case, letter runs
    ['ru', 'спасибо', 'CПАСИБО за всё', ['CПАСИБО']],
    ['ru', 'еще раз', 'Ещё раз', ['Ещё раз']],
    ['en', 'no way', 'NOOOO WAAAY', ['NOOOO WAAAY']],
    // multi-word pieces are split
    ['ru', 'из-за курьера', 'Всё из-за курьера', ['из-за курьера']],
  ])('[%s] %s in "%s"', (language, pattern, text, expected) => {
    expect(found(language, pattern, text)).toEqual(expected);
  });
});

describe('compileMatcher: results', () => {
  const matcher = compileMatcher('ru', [
    { id: 'legal', pattern: 'суд' },
    { id: 'legal-go', pattern: 'пойду в суд' },
    { id: 'courier', pattern: 'курьер' },
  ]);

  it('reports overlapping matches of different ids, sorted by start', () => {
    const text = 'Курьер хамил. Пойду в суд!';
    expect(matcher.match(text).map((m) => [m.id, text.slice(m.start, m.end)])).toEqual([
      ['courier', 'Курьер'],
      ['legal-go', 'Пойду в суд'],
      ['legal', 'суд'],
    ]);
  });

  it('gives token indices of the match', () => {
    const [m] = matcher.match('Ну курьер');
    expect(m).toMatchObject({ firstToken: 1, lastToken: 1 });
  });

  it('reports a phrase once when an optional word makes it match twice', () => {
    const m = compileMatcher('en', [{ id: 'sorry', pattern: 'very? sorry' }]);
    expect(m.match('very sorry')).toHaveLength(1);
  });

  it('accepts tokens as input', async () => {
    const { tokenize } = await import('../../../lib/text/tokenize');
    expect(matcher.match(tokenize('Курьер', 'ru'))).toHaveLength(1);
  });

  it('rejects patterns that cannot match', () => {
    expect(() => compileMatcher('ru', [{ id: 'x', pattern: 'очень?' }])).toThrow(PatternError);
    expect(() => compileMatcher('ru', [{ id: 'x', pattern: '~3' }])).toThrow(PatternError);
  });
});
