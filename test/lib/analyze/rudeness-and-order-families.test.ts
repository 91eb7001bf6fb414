/**
 * Round 6 (outsider set rv11): families the set showed, in all four languages, each with traps that must not fire.
 * Staff rudeness said without a rude word: told to get out, talked to like a servant, laughed at, pushed, called
 * names, eyes rolled, left unserved. Loyalty said as a habit with its year, or an order that is not the first. The
 * wrong thing put in an order, a tracking number that does not move. A button that does nothing, a blank screen.
 * A thing dead after weeks, a battery far short of its promise. The texts are new wording, not the set's own.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analyze';

type Case = [family: string, text: string, rating?: number];

const RUDE: Case[] = [
  ['told to get out, ru', 'Спросила у кассира про скидку по карте, а он: «не нравится — уходите, никто не держит». Очередь всё слышала.', 1],
  ['told to get out, uk', 'Попросила замінити брудну виделку, а офіціантка: «не подобається — йдіть в інше кафе».', 1],
  ['told to get out, bg', 'Попитах защо цената на касата е друга, а продавачът ми каза „махай се, не ми губи времето“.', 1],
  ['told to get out, en', 'Asked the manager about the deposit and he told us to get out of his office and stop wasting his time.', 1],
  ['talked to like a servant, ru', 'Администратор говорила со мной как с прислугой, хотя я пришла по записи и вовремя.', 2],
  ['talked to like a child, uk', 'Лікарка розмовляла зі мною як з дитиною і не дала поставити жодного питання.', 2],
  ['talked to like a dog, bg', 'Охранителят ни говореше като на куче само защото бяхме с раници.', 1],
  ['talked down to, en', 'The rep talked down to me the whole call, like I had never used a phone before.', 2],
  ['laughed at, uk', 'Продавець на моє питання про гарантію засміявся з колегою і нічого не пояснив.', 2],
  ['laughed at, bg', 'Когато попитах за сметката, сервитьорките се изсмяха на нас и си продължиха разговора.', 2],
  ['eyes rolled, bg', 'Рецепционистката въртеше очи на всеки мой въпрос за резервацията.', 2],
  ['pushed, ru', 'Охранник толкнул моего мужа у входа, даже не объяснив, в чём дело.', 1],
  ['pushed, uk', 'Охоронець штовхнув мого сина, бо той нібито довго стояв біля вітрини.', 1],
  ['shoved, en', 'The doorman shoved my husband into the railing for asking where the cloakroom was.', 1],
  ['called names, en', 'The cashier called us cheap because we used a coupon. Never again.', 1],
  ['called names, uk', 'Водій маршрутки обізвав мене при всіх, бо я попросила зупинку.', 1],
  ['left unserved, bg', 'Седнахме в 8, а сервитьорът спря да идва на масата ни след първото питие.', 2],
];

const NOT_RUDE: Case[] = [
  ['laughed together, uk', 'Весь вечір сміялися з друзями, ведучий просто супер. Дякуємо!', 5],
  ['talked like an old friend, ru', 'Мастер говорил со мной как со старым знакомым, всё объяснил и показал.', 5],
  ['polite staff, en', 'Everyone at the front desk was polite and the checkout took two minutes.', 5],
  ['spoke to us like adults, bg', 'Треньорът ни говореше като на приятели, търпеливо и с усмивка.', 5],
  ['a case gone yellow is no yelling, en', 'The clear case went yellow within a month of use.', 2],
];

describe('staff rudeness without a rude word (round 6 families)', () => {
  it.each(RUDE)('rude: %s', (_family, text, rating) => {
    const analysis = analyzeReview({ text, rating });
    expect(analysis.flags).toContain('staff_rudeness');
    expect(analysis.category).toBe('staff_rudeness');
  });

  it.each(NOT_RUDE)('not rude: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).flags).not.toContain('staff_rudeness');
  });
});

describe('loyalty said as a habit (round 6 families)', () => {
  it.each([
    ['a year after what one buys, ru', 'Покупаю хлеб в вашей пекарне с 2016 года. Последние две недели батоны сырые внутри.', 2],
    ['a year after what one buys, uk', 'Беру квіти у вашій крамниці з 2019 року, а цього разу троянди зів\'яли за день.', 2],
    ['not the first order, bg', 'Не ми е първата покупка от вас, но този път кафемашината дойде без кана.', 2],
    ['every morning for years, en', 'I have stopped by every morning for 7 years and today the bagels were stale.', 2],
  ] as const)('a let-down regular: %s', (_family, text, rating) => {
    const analysis = analyzeReview({ text, rating });
    expect(analysis.flags).toContain('loyal_customer');
    expect(analysis.category).toBe('loyal_customer');
  });

  it('a first order is no loyalty', () => {
    expect(analyzeReview({ text: 'Това е първата ми поръчка от вас и дойде с два дни закъснение.', rating: 2 }).flags).not.toContain('loyal_customer');
  });
});

describe('orders, screens and things that die (round 6 families)', () => {
  it.each([
    ['wrong thing put in, ru', 'Заказывали ролл с лососем, вместо него положили с огурцом. И соуса не было.', 2, 'delivery_problem'],
    ['wrong thing put in, uk', 'Замовила сукню розміру S, замість неї прислали M, ще й іншого кольору.', 2, 'delivery_problem'],
    ['wrong thing sent, bg', 'Поръчах черни маратонки, а вместо тях пратиха бели с друг номер.', 2, 'delivery_problem'],
    ['tracking stuck, ru', 'Трек 80094 не обновляется уже 12 дней, на почте разводят руками.', 1, 'delivery_problem'],
    ['tracking stuck, en', "Two weeks on and the tracking hasn't moved from the sorting centre.", 1, 'delivery_problem'],
    ['button does nothing, ru', 'В приложении кнопка «Продлить» не нажимается уже второй день, подписка сгорит.', 1, 'service_outage'],
    ['blank screen, bg', 'Сайтът ви показва само бял екран от сутринта, не мога да си платя сметката.', 1, 'service_outage'],
    ['dead after weeks, en', 'The blender stopped working after 3 weeks of smoothies. Motor just hums.', 1, 'product_defect'],
    ['battery short of the promise, bg', 'Часовникът е хубав, но батерията издържа 1 ден вместо обещаните 14.', 2, 'product_defect'],
    ['tiles coming loose, bg', 'Плочките в кухнята кънтят, а фугата се рони само три месеца след ремонта.', 2, 'product_defect'],
  ] as const)('%s', (_family, text, rating, category) => {
    expect(analyzeReview({ text, rating }).category).toBe(category);
  });

  it.each([
    ['tracking kept updated, en', 'Tracking updated at every step and the parcel came a day early. Great seller!', 5],
    ['a dark theme liked, ru', 'Нравится тёмная тема в приложении, чёрный экран меньше слепит ночью. Спасибо!', 5],
  ] as const)('praise stays praise: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).category).toBe('not_negative');
  });
});

describe('staff who could not explain (round 6 family)', () => {
  it.each([
    ['uk', 'Менеджерка так і не змогла пояснити, чому в договорі інша сума, відправила до "старшого", а його немає.', 2],
    ['bg', 'Служителят не можа да обясни защо картата ми е блокирана, само повтаряше „обадете се утре“.', 2],
    ['en', 'Nobody at the branch could explain why my transfer bounced, and the phone line just loops.', 2],
  ] as const)('%s', (_language, text, rating) => {
    expect(analyzeReview({ text, rating }).category).toBe('unresponsive_support');
  });
});
