/**
 * Families the sixth outsider set (rv6 in test/fixtures/corpus/outsider-reviews.jsonl) showed the lexicon did not
 * know, in new words and all four languages: loyalty said by what one is or since when («абонент с 2011 года»,
 * "regular since 2015", «клієнтка вже 6 років», «хожу к вам с открытия»); staff barking at a customer; a promise to
 * call back that was never kept, and messages that are "not delivered" (support, not a parcel); mild but real
 * complaints after praise (paying more for the same plan, a parcel left with the concierge, nowhere to park, a
 * device dead out of the box, «раньше такого не было», «благодаря за лоялността»). Next to each family, the wording that must not fire. The lexicon's own verdict is
 * checked where the family is the lexicon's, so it holds whatever the category model weighs.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview, analyzeReviewLexicon } from '../../../lib/analyze';
import type { Category, Flag } from '../../../lib/taxonomy';

const flagsOf = (text: string, rating: number): Flag[] => analyzeReviewLexicon({ text, rating }).flags;

const LOYAL: string[] = [
  'Абонент с 2011 года, ни разу не жаловался, а теперь интернет пропадает каждый вечер.',
  'Хожу к вам с открытия, но сегодня кофе был просто горький.',
  'Вожу собаку в эту клинику уже шестой год, а сегодня нас даже не записали.',
  'Пять лет стригусь только здесь, и впервые ушла с кривой чёлкой.',
  'Закупаем у вас муку для пекарни с 2018 года, а последняя партия с жучками.',
  'Клієнтка вже 6 років, а манікюр цього разу облущився за два дні.',
  'Абонент з 2013 року, а мене без згоди перевели на дорожчий тариф.',
  'Замовляємо у вас суші щосуботи вже років три, але цього разу рис був сирий.',
  'Ходжу до вас з відкриття, і вперше так розчарована.',
  'Абонат от 2012 г., а от три седмици интернетът прекъсва всяка вечер.',
  'Ходя при вас още от откриването, но днес пицата беше изгоряла.',
  'Regular since 2015 and this is the first time my order was wrong.',
  'Repeat customer here, and my last box arrived completely crushed.',
  "We've had Sunday lunch here every year since 2011, and this time the roast was cold.",
  "I've been coming here since you opened, but the new menu is a letdown.",
];

/** Years, subscriptions and openings that say nothing of the writer's relationship. */
const NOT_LOYAL: string[] = [
  'Абонентская плата выросла с 2023 года почти вдвое.',
  'Кафе открылось с опозданием на час, кофе так и не дождались.',
  'Абонентська плата з 2024 року зросла, а швидкість та сама.',
  'The building has been under renovation since 2015 and the lift is still broken.',
  'Абонаментът от 2024 г. е поскъпнал с 10 лв.',
];

describe('loyalty said in new ways (sixth outsider set)', () => {
  it.each(LOYAL)('%s → loyal_customer flag', (text) => {
    expect(flagsOf(text, 2)).toContain('loyal_customer');
  });

  it.each(NOT_LOYAL)('%s → no loyalty', (text) => {
    expect(flagsOf(text, 2)).not.toContain('loyal_customer');
  });
});

const BARKED: string[] = [
  'Администратор рявкнул на меня «ждите» и ушёл, на вопросы не отвечал.',
  'Охоронник назвав мене злодійкою на весь зал, хоча рамка запищала через вашу бирку.',
  'Служителят ми се разкрещя, че му губя времето.',
  'The receptionist barked at me to sit down and wait.',
];

describe('staff barking at the customer', () => {
  it.each(BARKED)('%s → staff_rudeness', (text) => {
    const analysis = analyzeReview({ text, rating: 1 });
    expect(analysis.category).toBe('staff_rudeness');
    expect(analysis.flags).toContain('staff_rudeness');
  });

  it('does not take a dog that barked, or a customer who shouted, for rude staff', () => {
    expect(flagsOf('Собака соседей рявкнула на курьера, а посылку он так и не отдал.', 2)).not.toContain('staff_rudeness');
    expect(flagsOf('The dog barked at the courier the whole time, sorry about that, lovely service.', 5)).not.toContain('staff_rudeness');
  });
});

const UNKEPT_PROMISES: string[] = [
  'Записалась на УЗИ, приём перенесли, каждый раз обещают перезвонить, и всё. Две недели тишина.',
  'Менеджерка пообіцяла до вечора дізнатися про перенесення туру — і зникла. Пишу у вайбер — повідомлення навіть не доставляються.',
  'Обещаха да ми се обадят до края на деня и изчезнаха. Вече седмица нищо.',
  "The office promised to call back to rebook the lesson. Nobody ever does. Three weeks now.",
  'Оставила заявку на замер, обещали перезвонить в течение дня. Писала в WhatsApp — сообщения даже не доставлены.',
  'Страхова третій тиждень передає мене від менеджера до менеджера, і ніхто не знає, де моя виплата.',
];

describe('a promise to call back that was never kept', () => {
  it.each(UNKEPT_PROMISES)('%s → unresponsive_support', (text) => {
    expect(analyzeReviewLexicon({ text, rating: 2 }).category).toBe('unresponsive_support');
  });

  it('keeps a promise that was kept, and messages that arrive, out of it', () => {
    expect(analyzeReview({ text: 'Обещали перезвонить через час — перезвонили через 20 минут и всё решили. Спасибо!', rating: 5 }).category).toBe('not_negative');
    expect(analyzeReviewLexicon({ text: 'Посылка так и не доставлена, трек не обновляется неделю.', rating: 1 }).category).toBe('delivery_problem');
  });
});

const MILD_BUT_REAL: [text: string, rating: number, category: Category][] = [
  ['После «перевода на новый тариф» плачу 700 вместо 450, а скорость та же.', 2, 'billing_problem'],
  ['Бронювали котедж, а тепер плачу 5 000 замість 4 000 — про прибирання ніде не було написано.', 3, 'billing_problem'],
  ['Moved me to a new plan without asking, now paying £35 instead of £20 for the same speed.', 2, 'billing_problem'],
  ['Просила доставку в руки, а кур\'єр залишив пакунок у консьєржа, і тепер його ніхто не може знайти.', 3, 'delivery_problem'],
  ['Курьер вежливый, но привёз заказ в соседний подъезд и оставил у чужой квартиры.', 3, 'delivery_problem'],
  ['Sound is great, but the left earbud was dead out of the box. Won\'t pair, won\'t charge.', 3, 'product_defect'],
  ['Кухнята дойде навреме, но вратите на шкафовете не са на една линия и едното чекмедже стърже.', 3, 'product_defect'],
];

describe('mild but real complaints after praise', () => {
  it.each(MILD_BUT_REAL)('%s (%s★) → %s', (text, rating, category) => {
    expect(analyzeReviewLexicon({ text, rating }).category).toBe(category);
  });

  it.each([
    ['Їжа смачна, офіціанти уважні. Але припаркуватись ніде, довелось лишити машину за два квартали. Подумайте про кілька місць для гостей.', 4],
    ['ТЦ нормальный, но парковка вечно забита, простоял 20 минут на въезде.', 3],
  ] as const)('%s (%s★) is a complaint, not praise', (text, rating) => {
    expect(analyzeReviewLexicon({ text, rating }).category).not.toBe('not_negative');
  });

  it.each([
    ['Заказываю продукты уже третий год. Последний месяц то творог просроченный, то зелень вялая. Раньше такого не было.', 3],
    ['Third year subscriber. The beans used to be roasted days before shipping, now the bags say five weeks ago.', 3],
    ['Клиент съм от 2006 г., а новите клиенти плащат половината. Благодаря за лоялността, наистина 👏👏', 1],
  ] as const)('%s (%s★) is a regular let down, not praise', (text, rating) => {
    expect(analyzeReviewLexicon({ text, rating }).category).toBe('loyal_customer');
  });

  it('leaves praise that mentions parking or a price alone', () => {
    expect(analyzeReview({ text: 'Парковка большая, мест всегда хватает, персонал приветливый.', rating: 5 }).category).toBe('not_negative');
    expect(analyzeReview({ text: 'Great earbuds, paired instantly and the case charges in an hour.', rating: 5 }).category).toBe('not_negative');
    expect(analyzeReview({ text: 'Перешла на новий тариф — плачу менше, а швидкість більша. Дякую!', rating: 5 }).category).toBe('not_negative');
  });
});
