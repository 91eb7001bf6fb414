import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analyze';

/**
 * Real complaints often name no problem phrase the lexicon knows, only what they are about. Topic words
 * ("кур'єр", "комиссия", "OTP") then choose the ordinary topic; they never make a review negative on their own.
 */
describe('analyzeReview: the topic of a complaint from its words', () => {
  it.each([
    [
      "Оформила замовлення в понеділок, менеджер підтвердив, а кур'єр приїхав тільки в суботу без попередження. Більше тут не замовлятиму.",
      undefined,
      'delivery_problem',
    ],
    ['Третий месяц пытаюсь понять, почему со счёта ушла комиссия за обслуживание и куда делся кешбэк. Очень недовольна.', 1, 'billing_problem'],
    ['Worst experience. The app asks for an OTP every time and then the login screen just spins.', 1, 'service_outage'],
  ] as const)('%s', (text, rating, category) => {
    const a = analyzeReview({ text, rating });
    expect(a.category).toBe(category);
    expect(a.evidence.some((e) => e.label === category)).toBe(true);
  });

  it('topic words in praise leave it not negative', () => {
    const a = analyzeReview({ text: "Замовила в понеділок, кур'єр привіз у вівторок, дякую, все чудово!" });
    expect(a.category).toBe('not_negative');
    expect(a.evidence.some((e) => e.label === 'delivery_problem')).toBe(false);
  });

  it('a complaint about nothing in particular stays general', () => {
    expect(analyzeReview({ text: 'Ужасный банк, ни за что больше.', rating: 1 }).category).toBe('general_complaint');
  });
});

describe('analyzeReview: praise denied is a complaint', () => {
  it('a 3★ review of things that were "not tasty, not clean" is negative', () => {
    const a = analyzeReview({ text: 'Отель красивый, но завтрак был не вкусный, а номер не очень чистый.', rating: 3 });
    expect(a.category).toBe('general_complaint');
  });

  it('the same things praised at 3★ are not negative', () => {
    expect(analyzeReview({ text: 'Номер чистый, завтрак вкусный.', rating: 3 }).category).toBe('not_negative');
  });
});
