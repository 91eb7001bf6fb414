/**
 * Families from outsider set rv12, in all four languages, each with traps that must not fire. A conditional threat
 * ("if you don't recalculate — I'll go to court") is a threat: the "not" belongs to the condition, not to the suit.
 * A complaint that admits the writer's own share ("maybe I typed the flat number wrong") but says the courier could
 * at least have called is still a complaint. A polite ask to boost or improve something among praise needs handling.
 * The texts are new wording, not the set's own.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analyze';

type Case = [family: string, text: string, rating?: number];

const CONDITIONAL_THREATS: Case[] = [
  ['if not recalculated, court, uk', 'Рахунок за воду 3 200 грн замість звичних 300. Якщо не перерахуєте — піду до суду.', 1],
  ['if not refunded, court, ru', 'Списали за подписку дважды. Если не вернёте деньги — пойду в суд, чеки сохранены.', 1],
  ['if not refunded, court, bg', 'Таксуваха ме два пъти. Ако не ми върнете парите, ще ходя в съда.', 1],
  ['if not fixed, small claims, en', 'You billed me twice for one month. If you do not refund it by Friday I am going to small claims court.', 1],
];

const DECLINED_SUITS: Case[] = [
  ['will not go to court over it, uk', 'Рахунок завищений, але не піду до суду через 100 гривень. Просто більше не прийду.', 2],
  ['will not go to court over it, ru', 'Счёт завышен, но не пойду в суд из-за ста рублей. Просто больше не приду.', 2],
];

const MISSING_CALL: Case[] = [
  ['could have called, own typo, ru', 'Пакет оставили у соседнего подъезда. Может, я сама номер дома неправильно указала, но можно же было позвонить, телефон в заказе.', 3],
  ['could have called, own typo, uk', 'Курʼєр не знайшов квартиру і поїхав. Так, я не вказала поверх, але можна було подзвонити, номер є в замовленні.', 3],
  ['could have called, own typo, bg', 'Доставчикът не намери входа и си тръгна с поръчката. Може и аз да съм сбъркал адреса, но можеше поне да звънне.', 3],
  ['could have called, own typo, en', 'The driver left my groceries at the wrong building. Maybe I swapped the digits, but he could at least have called me first.', 3],
];

const FIX_AMONG_PRAISE: Case[] = [
  ['boost the signal, uk', 'Номер чистий, сніданки смачні, персонал привітний. Але інтернет у номері ледь живий — підсильте, будь ласка, сигнал.', 4],
  ['boost the signal, ru', 'Отель уютный, завтраки вкусные. Но вай-фай в номере почти не ловит, усильте, пожалуйста, сигнал.', 4],
  ['boost the signal, bg', 'Хотелът е хубав, закуската е вкусна. Но интернетът в стаята едва работи, моля, подсилете сигнала.', 4],
  ['boost the signal, en', 'Lovely rooms and a great breakfast. The wifi in our room barely worked though, please boost the signal upstairs.', 4],
];

const PRAISE_TRAPS: Case[] = [
  ['called ahead, thanks, ru', 'Курьер позвонил заранее, всё привёз вовремя и помог занести. Спасибо!', 5],
  ['called ahead, thanks, en', 'The driver called ahead, arrived on time and carried everything upstairs. Great service!', 5],
  ['signal is fine, uk', 'Готель чудовий, Wi-Fi швидкий, сніданки смачні. Обов’язково повернемося!', 5],
];

describe('conditional threats and declined suits', () => {
  it.each(CONDITIONAL_THREATS)('threat: %s', (_family, text, rating) => {
    const analysis = analyzeReview({ text, rating });
    expect(analysis.flags).toContain('legal_threat');
    expect(analysis.category).toBe('legal_threat');
  });

  it.each(DECLINED_SUITS)('no threat: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).flags).not.toContain('legal_threat');
  });
});

describe('a complaint that admits the writer’s share but misses a call', () => {
  it.each(MISSING_CALL)('complaint: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).category).not.toBe('not_negative');
  });
});

describe('a polite ask to boost or improve among praise', () => {
  it.each(FIX_AMONG_PRAISE)('complaint: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).category).not.toBe('not_negative');
  });

  it.each(PRAISE_TRAPS)('praise: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).category).toBe('not_negative');
  });
});
