import { describe, expect, it } from 'vitest';
import { sentences } from '../../../lib/text/segment';
import { FormSlots, tokenize } from '../../../lib/text/tokenize';

const slices = (text: string, language: 'ru' | 'en' | 'uk' | 'bg' = 'ru') =>
  tokenize(text, language).map((t) => [text.slice(t.start, t.end), t.kind]);

describe('tokenize', () => {
  it('gives spans into the original text even when the normalized form differs', () => {
    const text = '«Ужаааас», cпасибо и\u0306!';
    const tokens = tokenize(text, 'ru');
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['«', 'Ужаааас', '»', ',', 'cпасибо', 'и\u0306', '!']);
    expect(tokens.map((t) => t.norm)).toEqual(['«', 'ужас', '»', ',', 'спасибо', 'й', '!']);
  });

  it('keeps emoji with skin tones and ZWJ sequences as one token', () => {
    expect(slices('ну 👍🏽 и 👨‍👩‍👧 🇧🇬')).toEqual([
      ['ну', 'word'],
      ['👍🏽', 'emoji'],
      ['и', 'word'],
      ['👨‍👩‍👧', 'emoji'],
      ['🇧🇬', 'emoji'],
    ]);
  });

  it('compares emoji without skin tone', () => {
    expect(tokenize('👍🏽', 'en')[0]?.norm).toBe('👍');
  });

  it('keeps apostrophes inside words and groups runs of !?.', () => {
    expect(slices("Don't! П’ять?!...", 'uk')).toEqual([
      ["Don't", 'word'],
      ['!', 'punct'],
      ['П’ять', 'word'],
      ['?!...', 'punct'],
    ]);
  });

  it('reads numbers, decimals, dates and symbols', () => {
    expect(slices('№ 12345, 3-4 дня, 1 500,50 ₽, 12.03')).toEqual([
      ['№', 'other'],
      ['12345', 'number'],
      [',', 'punct'],
      ['3', 'number'],
      ['-', 'punct'],
      ['4', 'number'],
      ['дня', 'word'],
      [',', 'punct'],
      ['1', 'number'],
      ['500,50', 'number'],
      ['₽', 'other'],
      [',', 'punct'],
      ['12.03', 'number'],
    ]);
  });

  it('stems words with the language stemmer and maps ё', () => {
    const [t] = tokenize('Курьерами', 'ru');
    expect(t?.stem).toBe('курьер');
    expect(tokenize('Ёмкость', 'ru')[0]?.norm).toBe('емкость');
  });

  it('numbers sentences', () => {
    const tokens = tokenize('Всё плохо. Очень плохо!\nНикогда больше', 'ru');
    expect(tokens.filter((t) => t.kind === 'word').map((t) => t.sentence)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('keeps a clause number with its abbreviation in one sentence, but not a short word that ends a sentence', () => {
    const sentenceOf = (text: string, word: string, language: 'ru' | 'bg') =>
      tokenize(text, language).find((t) => t.norm === word)!.sentence;
    expect(sentenceOf('Сообщаем, что в соответствии с п. 4.2 регламента возврат невозможен.', 'регламента', 'ru')).toBe(0);
    expect(sentenceOf('Съгласно чл. 12 от договора не дължим нищо.', 'договора', 'bg')).toBe(0);
    expect(sentenceOf('Ждём вас. 12.03 откроемся снова.', 'откроемся', 'ru')).toBe(1);
  });

  it('gives the emoji after a sentence’s end to that sentence', () => {
    const sentenceOfEach = (text: string) => tokenize(text, 'ru').map((t) => `${text.slice(t.start, t.end)}:${t.sentence}`);
    expect(sentenceOfEach('Ну, вы поняли! 😉 Ждём вас.')).toEqual(['Ну:0', ',:0', 'вы:0', 'поняли:0', '!:0', '😉:0', 'Ждём:1', 'вас:1', '.:1']);
    expect(sentenceOfEach('Спасибо! 😊👍🏽')).toEqual(['Спасибо:0', '!:0', '😊:0', '👍🏽:0']);
    expect(sentenceOfEach('😡 Ужас.').map((s) => s.at(-1))).toEqual(['0', '0', '0']);
  });

  it('segments scripts written without spaces with Intl.Segmenter', () => {
    const words = tokenize('配送が遅い 😡', 'other').filter((t) => t.kind === 'word');
    expect(words.length).toBeGreaterThan(1);
    expect(tokenize('配送が遅い 😡', 'other').at(-1)?.kind).toBe('emoji');
  });

  it('returns nothing for empty text', () => {
    expect(tokenize('', 'en')).toEqual([]);
  });

  it('gives each spelling of a word one formId, shared by every text and by no other spelling', () => {
    // Enough distinct words that the tokenizer's table of spellings grows several times in between.
    const filler = Array.from({ length: 3000 }, (_, i) => `слово${'абвгдежзик'[i % 10]}${i}`).join(' ');
    const [we, , We, dot] = tokenize('we ... We.', 'en');
    const again = tokenize(`${filler} We we`, 'en').slice(-2);
    expect(again.map((t) => t.formId)).toEqual([We!.formId, we!.formId]);
    expect(again.map((t) => t.norm)).toEqual(['we', 'we']);
    expect(we!.formId).not.toBe(We!.formId);
    expect(dot!.formId).toBe(-1);
    const fillerIds = new Set(tokenize(filler, 'en').map((t) => t.formId));
    expect(fillerIds.size).toBe(3000);
    expect(fillerIds.has(we!.formId)).toBe(false);
  });
});

describe('FormSlots', () => {
  it('keeps a value per spelling, and gives none for a token that is no word', () => {
    const slots = new FormSlots<string>();
    const [word, comma, other] = tokenize('Курьер, курьер', 'ru');
    slots.set(word!, 'a');
    slots.set(comma!, 'b');
    expect(slots.get(word!)).toBe('a');
    expect(slots.get(tokenize('Курьер', 'ru')[0]!)).toBe('a');
    expect(slots.get(other!)).toBeUndefined();
    expect(slots.get(comma!)).toBeUndefined();
  });
});

describe('sentences', () => {
  it('splits at sentence ends and line breaks', () => {
    const text = 'Заказ потеряли. Звонил 5 раз!\nНикто не ответил';
    expect(sentences(text).map((s) => text.slice(s.start, s.end).trim())).toEqual([
      'Заказ потеряли.',
      'Звонил 5 раз!',
      'Никто не ответил',
    ]);
  });
});

describe('word tokens agree with Intl.Segmenter on alphabetic text', () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  it.each([
    'Курьер опоздал на 2 часа, заказ № 12345 потерян!',
    "Кур'єр запізнився, п’ять разів дзвонив",
    'Куриерът закъсня с 1,5 часа.',
    "I've been a customer since 2015, don't ignore me.",
  ])('%s', (text) => {
    const expected = [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
    const actual = tokenize(text, 'ru')
      .filter((t) => t.kind === 'word' || t.kind === 'number')
      .map((t) => text.slice(t.start, t.end));
    expect(actual).toEqual(expected);
  });
});
