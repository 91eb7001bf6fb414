/**
 * Problem wordings the fifth outsider set (rv5 in test/fixtures/corpus/outsider-reviews.jsonl) showed the lexicon
 * did not know, by family, in new words and all four languages: windows that let the weather in, dead pixels and
 * batteries, leaks, spoiled food, used goods sold as new, undercooked food, finishes that peel or swell; an order
 * stuck in a status, the wrong size or colour sent, a lost parcel; a bill that jumped on an estimated reading, a fee
 * sprung at the gate or the till; a scam or a claim against someone else, the company's legal department, a court
 * decision already reported. Next to each family, the wording that must not fire. The lexicon's own verdict
 * is checked, so the families hold whatever the category model weighs.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview, analyzeReviewLexicon } from '../../../lib/analyze';
import type { Category } from '../../../lib/taxonomy';

const CASES: [text: string, rating: number, category: Category][] = [
  // Windows and doors that let the weather in.
  ['Балконный блок ставили осенью, теперь по утрам стекло всё в конденсате, а от рамы тянет холодом.', 2, 'product_defect'],
  ['Нові вікна, а з-під підвіконня дме так, що штори ворушаться. Майстер двічі приїжджав — без толку.', 2, 'product_defect'],
  ['Дограмата е нова, но духа покрай первазите и стъклата се запотяват всяка сутрин.', 2, 'product_defect'],
  ['Brand new sash windows and there is a draught you can feel across the room, plus condensation every morning.', 2, 'product_defect'],
  // Screens and batteries.
  ['Ноутбук новый, а на матрице два битых пикселя и заряда хватает на два часа.', 2, 'product_defect'],
  ['Монітор прийшов з битим пікселем по центру, повернути не дають.', 2, 'product_defect'],
  ['Таблетът е с три мъртви пиксела още от кутията.', 2, 'product_defect'],
  ['Two dead pixels right in the middle of the screen on a brand new TV.', 2, 'product_defect'],
  // Leaks, spoiled food, used goods sold as new, raw food, peeling and swelling.
  ['Стиральная машина потекла на второй стирке, соседей снизу чуть не залили.', 1, 'product_defect'],
  ['Молоко в пакеті було кисле, хоча термін придатності ще тиждень.', 2, 'product_defect'],
  ['Бюрекът беше вкиснал, а айрянът явно стоял от вчера.', 2, 'product_defect'],
  ['The chicken was undercooked in the middle and the naan was stale.', 2, 'product_defect'],
  ['Продали как новый, а это восстановленный аппарат с потёртым корпусом.', 1, 'product_defect'],
  ['Продали як новий, а там заміняний дисплей і батарея на 79%.', 1, 'product_defect'],
  ['Паркет вздулся у окна через месяц после укладки.', 2, 'product_defect'],
  ['The paint on the new garden bench is flaking off after one rainy week.', 2, 'product_defect'],
  // An order stuck in a status, the wrong size or colour, a lost parcel.
  ['Оплатила в понедельник, а заказ до сих пор собирается. Где мои кроссовки?', 1, 'delivery_problem'],
  ['Placed my order ten days ago and the tracking page still says processing.', 1, 'delivery_problem'],
  ['Прислали куртку не того размера, причём уже второй раз.', 2, 'delivery_problem'],
  ['Надіслали сукню не того кольору, а обмін за мій рахунок.', 2, 'delivery_problem'],
  ['They sent the wrong size again, so the trainers go back for the second time.', 2, 'delivery_problem'],
  ['Колетът с подаръка е загубен някъде между Пловдив и София.', 1, 'delivery_problem'],
  // A bill that jumped, an estimated reading, a fee at the gate or the till.
  ['Счёт за газ подскочил втрое, потому что начислили по среднему, а показания я передавала.', 1, 'billing_problem'],
  ['Рахунок за воду зріс удвічі, бо нарахували по середньому, хоча лічильник я фотографувала.', 1, 'billing_problem'],
  ['Сметката за ток скочи двойно заради прогнозни показания, а аз подадох реалния отчет.', 1, 'billing_problem'],
  ['My energy bill doubled overnight because of an estimated reading, even though I sent a photo of the meter.', 1, 'billing_problem'],
  ['Paid a baggage fee at the gate for a rucksack that fits under the seat.', 1, 'billing_problem'],
  ['На сайте было 1 200, а при оплате вдруг стало дороже на 300 «за сборку».', 1, 'billing_problem'],
];

/** Wording next to a family that says nothing of it. */
const NOT_THE_FAMILY: [text: string, rating: number, not: Category][] = [
  ['Взехме кисело мляко и баница, всичко беше прясно и вкусно.', 5, 'product_defect'],
  ['GAP cover saved me when the car was written off, claim paid in full.', 5, 'product_defect'],
  ['Сайт нам делала студия «Пиксель», всё в срок и по договору.', 5, 'product_defect'],
  ['Not a single dead pixel and the battery lasts all day, great value.', 5, 'product_defect'],
  ['Стейк с кровью, как я и просил, официант посоветовал отличное вино.', 5, 'product_defect'],
  ['My refund came back within three days, no questions asked.', 5, 'billing_problem'],
  ['Доставили вовремя, курьер вежливый, размер подошёл идеально.', 5, 'delivery_problem'],
];

describe('problem families of the fifth outsider set', () => {
  it.each(CASES)('%s (%s★) → %s', (text, rating, category) => {
    expect(analyzeReviewLexicon({ text, rating }).category).toBe(category);
  });

  it.each(NOT_THE_FAMILY)('%s (%s★) is not %s', (text, rating, not) => {
    expect(analyzeReview({ text, rating }).category).not.toBe(not);
  });
});

const hasLegalFlag = (text: string, rating: number) => analyzeReview({ text, rating }).flags.includes('legal_threat');

/** The writer robbed or scammed by someone else, the company's own legal department: no threat to the business. */
const NOT_A_THREAT: [family: string, text: string][] = [
  ['scammed, then police, ru', 'Мне написали мошенники от имени банка, и я перевела им 30 тысяч. В полицию заявление подала сразу, а банк месяц кормит меня отписками.'],
  ['scammed, then police, uk', 'Шахраї подзвонили нібито зі служби безпеки, я продиктувала код. Заяву в поліцію я написала, а банк третій тиждень мовчить.'],
  ['scammed, then police, bg', 'Измамници ми се обадиха от името на куриерската фирма и изтеглиха 400 лв. Подадох сигнал в полицията, а от вас никой не отговаря.'],
  ['scammed, then police, en', "Somebody cloned my card and spent £600 abroad. I reported it to the police the same day, but the bank still hasn't sent the form."],
  ['legal department, ru', 'Из отдела продаж меня отправляют в юридический отдел, а юридический отдел молчит. Ключи от квартиры ждём полгода.'],
  ['legal department, uk', 'Менеджер каже звертатися в юридичний департамент, а там ніхто не бере трубку вже місяць.'],
  ['legal department, bg', 'От кол центъра ме прехвърлиха на правния отдел, а оттам ме върнаха обратно. Никой не знае нищо.'],
  ['legal department, en', 'Sales sent me to the legal department, and the legal department sent me back to sales. Six weeks, no keys.'],
  ['account hacked, en', 'My email got hacked last month and I reported the fraudster to the police, but your app still lets anyone reset my password.'],
  ['court declined, ru', 'В суд идти из-за двух тысяч, понятное дело, не собираюсь, но пылесос так и не починили.'],
  ['claim against the other driver, ru', 'Нужна была справка для иска к виновнику аварии, а в сервисе её готовили три недели.'],
  ['claim against the other driver, en', 'I need the repair invoice for my claim against the other driver and the garage has ignored me for a month.'],
];

const STILL_A_THREAT: [family: string, text: string][] = [
  ['scam, then court against the bank, ru', 'Мне позвонили мошенники, но деньги списал именно банк без моего подтверждения. Подаю в суд на банк.'],
  ['police against the company, ru', 'Мошенники! Деньги взяли, товар не отправили. Завтра пишу заявление в полицию на ваш магазин.'],
  ['legal department plus a claim, uk', 'Юридичний відділ забудовника мовчить, тому ми подаємо позов до суду.'],
  ['regulator, en', 'Kept my whole deposit for a spotless flat. Reported them to Trading Standards today.'],
  // A court decision already won or lost against the business is a legal case (label rules).
  ['court decision, ru', 'Суд обязал салон вернуть мне 58 000 за испорченную шубу ещё в марте, денег до сих пор нет.'],
  ['court decision, uk', 'Суд я виграла ще влітку, а меблева фабрика так і не повернула передоплату.'],
  ['court decision, bg', 'Спечелих делото срещу сервиза преди два месеца, а парите още не са ми преведени.'],
  ['court decision, en', 'The judge ruled in my favour in June and the garage still has not paid a penny.'],
];

describe('legal words of the fifth outsider set', () => {
  it.each(NOT_A_THREAT)('%s: no legal_threat flag', (_family, text) => {
    expect(hasLegalFlag(text, 2)).toBe(false);
  });

  it.each(STILL_A_THREAT)('%s: still a legal threat', (_family, text) => {
    expect(hasLegalFlag(text, 1)).toBe(true);
  });
});

describe('praise in scare quotes', () => {
  it('reads "professional" in scare quotes as sarcasm, so a 1★ review with a regulator named is a legal threat', () => {
    const text = 'They charged me £300 for "professional cleaning" of a flat I left spotless. Reported them to Trading Standards.';
    expect(analyzeReview({ text, rating: 1 }).category).toBe('legal_threat');
  });

  it('leaves long quoted speech alone: a 5★ review quoting a kind waiter stays not negative', () => {
    const text = 'Our waiter said "take your time, enjoy the view and the wonderful sunset tonight" and he meant it. Perfect evening.';
    expect(analyzeReview({ text, rating: 5 }).category).toBe('not_negative');
  });
});
