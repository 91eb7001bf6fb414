import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analyze';
import { contactAttempts, datesAndDurations, moneyAmounts, orderNumbers } from '../../../lib/analyze/entities';
import { customerName, firstNameOf, genderOf } from '../../../lib/analyze/names';
import { tokenize } from '../../../lib/text';

describe('customer name', () => {
  it.each<[string, string | undefined]>([
    ['Анна К.', 'Анна'],
    ['Олег Петров', 'Олег'],
    ['John D.', 'John'],
    ['ivan_petrov88', undefined],
    ['user12345', undefined],
  ])('%s → %s', (author, first) => {
    expect(firstNameOf(author)).toBe(first);
  });

  it.each<[string, 'ru' | 'uk' | 'bg' | 'en', string]>([
    ['Анна', 'ru', 'female'],
    ['Олег', 'ru', 'male'],
    ['Никита', 'ru', 'male'],
    ['Любовь', 'ru', 'female'],
    ['Микола', 'uk', 'male'],
    ['Олена', 'uk', 'female'],
    ['Десислава', 'bg', 'female'],
    ['Никола', 'bg', 'male'],
    ['Саша', 'ru', 'unknown'],
    ['John', 'en', 'unknown'],
  ])('gender of %s (%s) is %s', (name, language, gender) => {
    expect(genderOf(name, language)).toBe(gender);
  });

  it('reads a signature at the end of the text', () => {
    expect(customerName('Заказ так и не пришёл.\n— Марина', undefined, 'ru')).toEqual({ first: 'Марина', gender: 'female', source: 'signature' });
    expect(customerName('Still waiting for my refund.\nRegards, Tom', undefined, 'en')?.first).toBe('Tom');
    expect(customerName('Доставка ок, але кур\'єр запізнився.\nОлег П.', undefined, 'uk')?.first).toBe('Олег');
  });

  it('does not take a last shouted word for a name', () => {
    expect(customerName('Заказ потеряли.\nУжасно', undefined, 'ru')).toBeUndefined();
  });

  it('prefers the page author', () => {
    expect(customerName('— Марина', 'Анна К.', 'ru')?.source).toBe('author');
  });
});

describe('order numbers', () => {
  it.each<[string, string[]]>([
    ['Заказ № 12345678 не пришёл', ['12345678']],
    ['Ticket #A-1234 is still open', ['A-1234']],
    ['заказ 123456 потерян', ['123456']],
    ['Замовлення №UA-20931 мало прийти в четвер', ['UA-20931']],
    ['Поръчка № 45118 трябваше да дойде', ['45118']],
    ['Order 778899 never arrived', ['778899']],
    ['Ждала 3 дня', []],
  ])('%s', (text, expected) => {
    expect(orderNumbers(text)).toEqual(expected);
  });
});

describe('dates and durations', () => {
  it.each<[string, string[]]>([
    ['Доставка обещана за 3-4 дня', ['3-4 дня']],
    ['Still nothing since Monday', ['since Monday']],
    ['Приехали 12.03, ждали 2 часа', ['12.03', '2 часа']],
    ['Чекаю вже 5 днів', ['вже 5 днів']],
    ['Чакам от 2 седмици', ['2 седмици']],
    ['Ordered on March 12, waited two weeks', ['March 12', 'two weeks']],
  ])('%s', (text, expected) => {
    expect(datesAndDurations(text)).toEqual(expected);
  });
});

describe('money', () => {
  it.each<[string, { amount: number; currency?: string }[]]>([
    ['Списали 2 990 ₽ вместо 2 490 руб.', [{ amount: 2990, currency: 'RUB' }, { amount: 2490, currency: 'RUB' }]],
    ['Заплатив 1 324,98 грн', [{ amount: 1324.98, currency: 'UAH' }]],
    ['Платих 420 лв. за нищо', [{ amount: 420, currency: 'BGN' }]],
    ['charged $29.90 instead of $24.90', [{ amount: 29.9, currency: 'USD' }, { amount: 24.9, currency: 'USD' }]],
    ['They owe me 1,242 AED and €50', [{ amount: 1242, currency: 'AED' }, { amount: 50, currency: 'EUR' }]],
    ['£15 delivery fee', [{ amount: 15, currency: 'GBP' }]],
  ])('%s', (text, expected) => {
    expect(moneyAmounts(text).map(({ amount, currency }) => ({ amount, currency }))).toEqual(expected);
  });
});

describe('contact attempts', () => {
  it.each<[string, 'ru' | 'uk' | 'bg' | 'en', number | undefined]>([
    ['Звонил 5 раз, никто не ответил', 'ru', 5],
    ['обращался уже раз 10, глухо', 'ru', 10],
    ['I called 3 times and emailed twice', 'en', 3],
    ['Дзвонив 4 рази на гарячу лінію', 'uk', 4],
    ['Звъннах 3 пъти, никой не вдигна', 'bg', 3],
    ['Отдыхали 3 раза, всё было хорошо', 'ru', undefined],
  ])('%s', (text, language, expected) => {
    expect(contactAttempts(tokenize(text, language))).toBe(expected);
  });
});

describe('analyzeReview entities', () => {
  it('collects the facts of a review', () => {
    const a = analyzeReview({
      text: 'Заказ №12345678: курьер опоздал на 3-4 дня, менеджер Роман не перезвонил. Звонила 5 раз. Верните 2 990 ₽.',
      author: 'Анна К.',
      rating: 1,
    });
    expect(a.entities).toEqual({
      customerName: { first: 'Анна', gender: 'female', source: 'author' },
      orderNumbers: ['12345678'],
      dates: ['3-4 дня'],
      money: [{ amount: 2990, currency: 'RUB', text: '2 990 ₽' }],
      staff: ['курьер', 'менеджер', 'Роман'],
      contactAttempts: 5,
      rating: 1,
    });
  });
});
