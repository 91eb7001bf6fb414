import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/text/matcher';
import { normalizeWord } from '../../../lib/text/normalize';
import { parsePattern, PatternError } from '../../../lib/text/pattern';
import { stem } from '../../../lib/text/stem';
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
    // an optional number
    ['uk', 'мої # #? грн', 'Де мої 1 200 грн?', ['мої 1 200 грн']],
    ['uk', 'мої # #? грн', 'Де мої 500 грн?', ['мої 500 грн']],
    // the whole phrase is reported whichever of its words the matcher looks up first
    ['ru', 'вы ~2 не прочитали', 'Вы сами не прочитали условия', ['Вы сами не прочитали']],
    ['en', 'you ~1 should have read', 'You really should have read the terms', ['You really should have read']],
    // ^ and $: the phrase is the whole sentence
    ['uk', '^ вибач* за незручност* $', 'Вибачте за незручності.', ['Вибачте за незручності']],
    ['uk', '^ вибач* за незручност* $', 'Дякуємо, що написали, і вибачте за незручності.', []],
    ['uk', '^ вибач* за незручност* $', 'Вибачте за незручності з доставкою.', []],
    ['en', '^ sorry for the inconvenience $', 'Hi. Sorry for the inconvenience! We refunded you.', ['Sorry for the inconvenience']],
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
    // at compile time, whichever word the pattern is indexed under
    expect(() => compileMatcher('en', [{ id: 'x', pattern: 'to whom it may concern sir/madam' }])).toThrow(PatternError);
  });
});

describe('parsePattern: unsupported syntax is an error, not a pattern that never matches', () => {
  it.each([
    ['=ha-ha', 'the tokenizer splits "ha-ha"'],
    ['e-mail*', 'the tokenizer splits "e-mail"'],
    ['dear sir/madam', 'mixes words with "/"'],
    ['(сами|самостоятельно) прочитали', 'mixes words with "("'],
    ['вы сами|| прочитали', 'empty alternative'],
    ['из-за|вследствие курьера', 'several words'],
    ['курьер ~0 опоздал', 'a gap is ~N with N ≥ 1'],
    ['курьер ~2? опоздал', 'a gap is ~N with N ≥ 1'],
    ['~2 опоздал', 'needs a word on each side'],
    ['курьер ^ опоздал', '^ may only come first'],
    ['курь*ер', 'cannot be used inside a word'],
    ['=ваш* отзыв', '= and * take one word'],
    ['очень? ~2', 'needs at least one required token'],
  ])('%s', (pattern, reason) => {
    expect(() => parsePattern(pattern, 'ru')).toThrow(PatternError);
    expect(() => parsePattern(pattern, 'ru')).toThrow(reason);
    // the matcher checks the syntax without parsing, and finds the same error
    expect(() => compileMatcher('ru', [{ id: 'x', pattern }])).toThrow(reason);
  });
});

/** Words of the labelled fixtures and the seed articles. */
function vocabulary(): Set<string> {
  const fixtures = join(import.meta.dirname, '../../fixtures');
  const seeds = join(import.meta.dirname, '../../../../shared/seeds');
  const texts = [
    readFileSync(join(fixtures, 'replies/replies.jsonl'), 'utf8'),
    readFileSync(join(fixtures, 'corpus/reviews.jsonl'), 'utf8'),
    ...readdirSync(seeds).map((f) => readFileSync(join(seeds, f), 'utf8')),
  ];
  return new Set(texts.flatMap((t) => t.match(/\p{L}+/gu) ?? []).map(normalizeWord));
}

describe('stemmers', () => {
  it.each<DetectedLanguage>(['ru', 'uk', 'bg', 'en', 'other'])(
    '[%s] keep the first letter of every word (the matcher stems its patterns lazily, by first letter)',
    (language) => {
      const changed = [...vocabulary()].filter((w) => stem(w, language).charAt(0) !== w.charAt(0));
      expect(changed).toEqual([]);
    },
  );
});
