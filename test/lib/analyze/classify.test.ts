import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analyze';
import type { Category, Flag } from '../../../lib/taxonomy';

interface Case {
  text: string;
  rating?: number;
  category: Category;
  flags?: Flag[];
}

/** Realistic reviews per category and language, written in the customers' own manner. */
const CASES: Case[] = [
  // legal threats
  { text: 'Если до пятницы не вернёте деньги, обращусь в Роспотребнадзор и подам в суд.', rating: 1, category: 'legal_threat', flags: ['legal_threat'] },
  { text: 'Мій юрист вже готує позов. Побачимось у суді.', rating: 1, category: 'legal_threat', flags: ['legal_threat'] },
  { text: 'Ако до петък не ми възстановите 240 евро, отивам в полицията и в КЗП.', rating: 1, category: 'legal_threat', flags: ['legal_threat'] },
  { text: "You kept billing me after I cancelled. I'm filing a complaint with the BBB and talking to my lawyer.", rating: 1, category: 'legal_threat', flags: ['legal_threat'] },
  // staff rudeness
  { text: 'Официант весь вечер нам хамил, а на замечание закатил глаза.', rating: 1, category: 'staff_rudeness', flags: ['staff_rudeness'] },
  { text: 'Касирка кинула мені решту і кричала на мене при всіх.', rating: 1, category: 'staff_rudeness', flags: ['staff_rudeness'] },
  { text: 'Служителката на гишето беше изключително груба и ми затвори телефона.', rating: 1, category: 'staff_rudeness', flags: ['staff_rudeness'] },
  { text: 'The manager was incredibly rude and laughed at me when I asked for help.', rating: 1, category: 'staff_rudeness', flags: ['staff_rudeness'] },
  // loyal customers
  { text: 'Я постоянный клиент уже 6 лет, но в этот раз заказ собрали с ошибками и никто не извинился.', rating: 2, category: 'loyal_customer', flags: ['loyal_customer'] },
  { text: "I've been coming here for years, but today the coffee was cold and stale.", rating: 2, category: 'loyal_customer', flags: ['loyal_customer'] },
  // ordinary topics
  { text: 'Курьер опоздал на три часа, а посылку в итоге потеряли.', rating: 1, category: 'delivery_problem' },
  { text: 'Посилка так і не прийшла, трекінг не оновлюється вже тиждень.', rating: 1, category: 'delivery_problem' },
  { text: 'Списали деньги дважды, а возврат обещают уже месяц.', rating: 1, category: 'billing_problem' },
  { text: 'They charged me twice and I still have not received a refund.', rating: 1, category: 'billing_problem' },
  { text: 'Маратонките се разлепиха след седмица носене. Не препоръчвам.', rating: 1, category: 'product_defect' },
  { text: 'The chair broke after two days, cheap plastic and poor quality.', rating: 1, category: 'product_defect' },
  { text: 'Приложение банка не работает с утра, белый экран, не могу оплатить покупки.', rating: 1, category: 'service_outage' },
  { text: 'Никто не отвечает на звонки, в чате пишут «ваше обращение передано специалисту» уже неделю.', rating: 1, category: 'unresponsive_support' },
  { text: 'Агентство сорвало сроки по договору, а теперь выставляет счёт за правки, которые были в ТЗ.', rating: 2, category: 'contract_dispute' },
  { text: 'Ужасное место, больше сюда ни ногой.', rating: 1, category: 'general_complaint' },
  // not negative
  { text: 'Спасибо за быструю доставку, всё отлично!', rating: 5, category: 'not_negative' },
  { text: 'Дякую, все прийшло вчасно, рекомендую!', rating: 5, category: 'not_negative' },
  { text: 'Здравейте, може ли да взема поръчката от офис на Еконт? Благодаря', category: 'not_negative' },
];

describe('analyzeReview: categories and flags', () => {
  it.each(CASES)('$category: $text', ({ text, rating, category, flags }) => {
    const a = analyzeReview({ text, rating });
    expect(a.category).toBe(category);
    for (const flag of flags ?? []) expect(a.flags).toContain(flag);
  });
});

describe('analyzeReview: negation, sarcasm, innocent mentions, mixed reviews', () => {
  it('does not read "не нагрубил" as rudeness', () => {
    const a = analyzeReview({ text: 'Курьер не нагрубил, вежливый был, но привёз заказ на пять часов позже.', rating: 2 });
    expect(a.flags).not.toContain('staff_rudeness');
    expect(a.category).toBe('delivery_problem');
    expect(a.evidence.some((e) => e.label === 'negation')).toBe(true);
  });

  it('does not read "not rude at all" as rudeness', () => {
    const a = analyzeReview({ text: 'The staff were not rude at all, but nobody knows where my refund is.', rating: 2 });
    expect(a.flags).not.toContain('staff_rudeness');
  });

  it('reads praise in scare quotes as sarcasm', () => {
    const text = 'Спасибо за «отличный» сервис: третий день жду ответа.';
    const a = analyzeReview({ text, rating: 1 });
    expect(a.category).not.toBe('not_negative');
    // The thanks around it is evidence too («Спасибо за «отличный»…»), the quoted word still on its own.
    expect(a.evidence.filter((e) => e.label === 'sarcasm').map((e) => text.slice(e.start, e.end))).toContain('отличный');
  });

  it('keeps a positive review that mentions a lawyer positive', () => {
    const a = analyzeReview({ text: 'Працюю адвокатом, тож уважно читаю договори. У вас усе чесно і прозоро, дякую!', rating: 5 });
    expect(a.category).toBe('not_negative');
    expect(a.flags).not.toContain('legal_threat');
  });

  it('keeps a positive review that praises the courier positive', () => {
    const a = analyzeReview({ text: 'The courier was super friendly, called ahead and carried the boxes upstairs. Five stars!', rating: 5 });
    expect(a.category).toBe('not_negative');
  });

  it('lets a legal threat outrank rudeness and delivery in a mixed review', () => {
    const a = analyzeReview({ text: 'Курьер нагрубил и опоздал на два дня. Заявление в полицию уже написано.', rating: 1 });
    expect(a.category).toBe('legal_threat');
    expect(a.flags).toEqual(expect.arrayContaining(['legal_threat', 'staff_rudeness']));
  });

  it('does not take "судиться я не собираюсь" as a threat', () => {
    const a = analyzeReview({ text: 'Судиться я не собираюсь, просто верните мои 3 200 рублей за отменённый заказ.', rating: 2 });
    expect(a.flags).not.toContain('legal_threat');
  });

  it('falls back to the English lexicon for other languages', () => {
    const a = analyzeReview({ text: 'Der Kurier war sehr unfreundlich. Never again, terrible service!', rating: 1 });
    expect(a.category).not.toBe('not_negative');
  });

  it('gives a confidence between 0 and 1', () => {
    const a = analyzeReview({ text: 'Подам в суд!', rating: 1 });
    expect(a.confidence).toBeGreaterThan(0.5);
    expect(a.confidence).toBeLessThanOrEqual(1);
  });

  it('gives evidence offsets that point at the words in the original text', () => {
    const text = 'Ужаааас! Кур\u0435р нагрубил, а заказ №12345 опоздал. Обращусь к юристу 😡';
    const a = analyzeReview({ text, rating: 1 });
    const spans = a.evidence.map((e) => [e.label, text.slice(e.start, e.end)]);
    expect(spans).toContainEqual(['staff_rudeness', 'нагрубил']);
    expect(spans).toContainEqual(['legal_threat', 'Обращусь к юристу']);
    for (const e of a.evidence) expect(e.end).toBeGreaterThan(e.start);
  });

  it('does not hang on a 1 MB input', () => {
    const text = 'Курьер опоздал, деньги не вернули. '.repeat(30_000);
    const a = analyzeReview({ text, rating: 1 });
    expect(a.category).toBe('delivery_problem');
    expect(Math.max(...a.evidence.map((e) => e.end))).toBeLessThanOrEqual(20_000);
  });
});
