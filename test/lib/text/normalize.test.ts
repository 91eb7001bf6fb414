import { describe, expect, it } from 'vitest';
import { collapseLetterRuns, fixLookalikes, normalizeText, normalizeWord } from '../../../lib/text/normalize';

describe('normalizeWord', () => {
  it.each([
    ['Ёлка', 'елка'],
    ['cпасибо', 'спасибо'], // Latin c
    ['CПACИБO', 'спасибо'], // Latin C, A, O
    ['ужаааас', 'ужас'],
    ['SOOOO', 'so'],
    ['ссылка', 'ссылка'], // a doubled letter stays
    ['п’ять', "п'ять"],
    ['пʼять', "п'ять"],
    ['и\u0306', 'й'], // combining breve → NFC
    ['delivery', 'delivery'], // Latin words keep their letters
    ['Kурьер', 'курьер'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeWord(input)).toBe(expected);
  });
});

describe('fixLookalikes', () => {
  it('maps only inside words that have a Cyrillic letter', () => {
    expect(fixLookalikes('Mopoз')).toBe('Мороз');
    expect(fixLookalikes('Moscow')).toBe('Moscow');
  });
});

describe('collapseLetterRuns', () => {
  it.each([
    ['нееет', 'нет'],
    ['ура', 'ура'],
    ['ааа', 'а'],
  ])('%s → %s', (input, expected) => {
    expect(collapseLetterRuns(input)).toBe(expected);
  });
});

describe('normalizeText', () => {
  it.each([
    ['«Отличный» сервис — спасибо', '"Отличный" сервис - спасибо'],
    ['„Добре“ обслужване', '"Добре" обслужване'],
    ['“great” – sure', '"great" - sure'],
    ['Ужааас 😂👍🏽', 'Ужас 😂👍🏽'],
    ['Ok cпасибо', 'Ok спасибо'],
    ['Ёж и\u0306', 'Ёж й'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});
