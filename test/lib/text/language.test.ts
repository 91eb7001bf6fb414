import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/text/language';

/** One sentence each, in real customer wording. */
const CASES: [string, string][] = [
  ['Курьер опоздал на два часа и даже не извинился.', 'ru'],
  ['Заказ не привезли', 'ru'],
  ['Спасибо за быструю доставку!', 'ru'],
  ['Менеджер нагрубил по телефону', 'ru'],
  ['Подам в суд', 'ru'],
  ["Кур'єр запізнився на дві години", 'uk'],
  ['Замовлення не привезли', 'uk'],
  ['Дякую за швидку доставку!', 'uk'],
  ['Менеджер нагрубив по телефону', 'uk'],
  ['Звернуся до суду', 'uk'],
  ['Куриерът закъсня с два часа', 'bg'],
  ['Поръчката не дойде', 'bg'],
  ['Благодаря за бързата доставка!', 'bg'],
  ['Ще подам сигнал в КЗП', 'bg'],
  ['Управителят ни се развика', 'bg'],
  ['Много грубо отношение от страна на управителя', 'bg'],
  ['Служителката беше много груба с мен', 'bg'],
  // Short sentences without a letter of their own: the Bulgarian aorist, Bulgarian words Russian lacks, Ukrainian months.
  ['Подадох сигнал до БАБХ за развалено месо.', 'bg'],
  ['Донесоха грешния диван.', 'bg'],
  ['Като адвокат ценя прецизността.', 'bg'],
  ['Диван мали привезти 12 вересня.', 'uk'],
  ['Пломба випала через тиждень.', 'uk'],
  ['Какой подвох, горох в супе.', 'ru'],
  ['The courier was late', 'en'],
  ['Terrible service, never again', 'en'],
  ['I will sue you', 'en'],
  ['Der Kurier kam zu spät', 'other'],
  ['Le service était horrible', 'other'],
  ['El pedido nunca llegó', 'other'],
  ['Zamówienie nie dotarło', 'other'],
  ['Ово је лоша услуга, људи', 'other'],
  ['配送が遅い', 'other'],
  ['😡😡😡', 'other'],
];

describe('detectLanguage', () => {
  it.each(CASES)('%s → %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('reads Latin look-alikes inside a Russian word as Cyrillic', () => {
    expect(detectLanguage('Ужасный cервис, зaказ потеряли')).toBe('ru');
  });

  it('is decided by the main language when a brand name is in Latin letters', () => {
    expect(detectLanguage('Заказывал на Wildberries, доставка через Boxberry опоздала')).toBe('ru');
  });

  it.each([
    ['Nqma nishto po-losho ot tozi magazin, veche 3 sedmici chakam poru4kata', 'bg'],
    ['Ochen plokho, zakaz prishel cherez nedelyu, kurer grubil, bolshe nikogda', 'ru'],
    ["Duzhe dovgo chekaly zamovlennya, kur'er ne vidpovidav, ale hroshi povernuly", 'uk'],
    // English with few function words, and a Slavic language written in Latin letters of its own.
    ['Cold coffee, grumpy barista, awful music, never again.', 'en'],
    ['Feedback like yours helps us improve.', 'en'],
    ['Nie polecam, zamówienie przyszło po dwóch tygodniach', 'other'],
  ])('reads a Cyrillic language typed in Latin letters: %s → %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});
