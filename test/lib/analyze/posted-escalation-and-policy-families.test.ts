/**
 * Round 18 (outsider set rv30): families the set showed, in all four languages, each with traps that must not fire.
 * Escalation is a post, an upload, a count of victims or a share request, not a network named in passing. A writer
 * who is a lawyer by trade threatens nobody. Mockery with a colleague, a gibe "in front of everyone:", eyes rolled,
 * and rudeness said not to be the point. Loyalty counted in years "при вас" or in a hundred orders. The wrong item
 * told by what differs, a courier who marked "not home", neighbours down too, an error code, a non-original part,
 * charges found on the bill, and house rules or the price complained of. The texts are new wording, not the set's own.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analyze';

type Case = [family: string, text: string, rating?: number];

describe('escalation is a post, not a network named (round 18 families)', () => {
  it.each([
    ['upload to a network, ru', 'Охранник вытолкал меня из зала без причины. Видео уже выложила в тикток, пусть смотрят.', 1],
    ['share the post, ru', 'Списали за подписку, которую я не оформляла. Делитесь постом, пусть знают.', 1],
    ['victims in a chat, uk', 'Гроші за курс не повертають. Нас таких уже 27 людей у вайбер-чаті.', 1],
    ['posted to the district group, bg', 'Месец чакам ремонта на пералнята. Качих снимките в групата на квартала във фейсбук.', 1],
    ['so that people know, bg', 'Три пъти ми отмениха часа в последния момент. Пускам го навсякъде, да знаят хората.', 1],
    ['up on a network with views, en', "The valet scraped my door and denied it. The dashcam clip is on YouTube now, 12k views.", 1],
    ['community group, en', 'Contractor left the job half done and vanished. I put the whole story in our neighborhood Facebook group.', 1],
  ] as Case[])('escalation: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).flags).toContain('public_escalation');
  });

  it.each([
    ['ads on a network, bg', 'Агенцията ни водеше рекламите в Instagram и Facebook, а накрая отказа да предаде акаунтите.', 2],
    ['a network in passing, bg', 'Лъжете ме, че майсторката е болна, а после я виждам във фейсбук на плажа.', 2],
    ['a TV app, bg', 'Приложението за телевизия се рестартира на всеки 20 минути от миналата седмица.', 2],
    ['a support page, en', 'Messaged them on Facebook about the late refund and got no answer for a week.', 2],
    ['the business asked to warn, ru', 'Вы должны были предупредить клиентов о ремонте, а не молча закрыть бассейн.', 2],
    ['the business asked to warn, en', 'You should warn customers that the pool is closed before they book.', 2],
  ] as Case[])('no escalation: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).flags).not.toContain('public_escalation');
  });
});

describe('a lawyer by trade threatens nobody (round 18 families)', () => {
  it.each([
    ['ru', 'Я юрист, к заседанию в арбитражном суде срочно нужна была рубашка. В химчистке её пожгли утюгом.', 2],
    ['uk', 'Я адвокатка, і до засідання в суді мені треба було підшити сукню. Шов розійшовся того ж дня.', 2],
    ['bg', 'Аз съм адвокат и имах заседание в съда в 9. Таксито дойде с 40 минути закъснение.', 2],
    ['en', "I'm an attorney and had a hearing in court at nine, so I paid for express dry cleaning. The jacket came back with a burn mark.", 2],
  ] as Case[])('not a threat: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).flags).not.toContain('legal_threat');
  });

  it('a lawyer who sues is still a threat', () => {
    expect(analyzeReview({ text: 'Я юрист и подам на вас в суд, если деньги не вернут до пятницы.', rating: 1 }).flags).toContain('legal_threat');
  });
});

describe('mockery, gibes and eyes rolled (round 18 families)', () => {
  it.each([
    ['giggling, ru', 'Маникюрша весь сеанс переписывалась с подругой про мои «лопаты вместо ногтей» и хихикала.', 2],
    ['shouting, ru', 'Заходит администратор и орёт «кто разрешил сюда садиться», хотя мы по брони.', 1],
    ['a gibe in front of everyone, bg', 'Фармацевтката каза пред цялата опашка: „Като не знаете какво искате, не идвайте“.', 1],
    ['grinning with a colleague, bg', 'Инструкторът ми показа грешката и се захили с колежката си зад гърба ми.', 2],
    ['eyes rolled, bg', 'Сервитьорката извъртя очи, когато помолих за чиста вилица.', 2],
    ['snickering, en', 'The two techs kept snickering at my questions about the invoice.', 2],
  ] as Case[])('rude: %s', (_family, text, rating) => {
    const analysis = analyzeReview({ text, rating });
    expect(analysis.flags).toContain('staff_rudeness');
    expect(analysis.category).toBe('staff_rudeness');
  });

  it.each([
    ['not saying rude, uk', 'Не скажу, що персонал грубий, але в басейні вода була холодна і ніхто не стежив за доріжками.', 2],
    ['not saying rude, bg', 'Не казвам, че охраната е груба, но на входа чакахме 40 минути на студа.', 2],
    ['not saying rude, ru', 'Не скажу, что официанты грубые, просто горячее принесли через час.', 2],
    ['not saying rude, en', "I'm not saying the staff were rude, but the room was freezing all night.", 2],
    ['loud music, ru', 'Музыка так орёт, что друг друга не слышно, а кондиционер не работает.', 2],
  ] as Case[])('not rude: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).flags).not.toContain('staff_rudeness');
  });
});

describe('loyalty in years or in orders (round 18 families)', () => {
  it.each([
    ['years with you, bg', 'Обслужвам колата си при вас от 9 години, а този път смяната на масло отне цял ден.', 2],
    ['a customer since a year, bg', 'Клиент съм на пекарната от 2017-а, а днес хлябът беше суров.', 2],
    ['a hundred orders, uk', 'Беру у вас суші з 2020-го, вже сотня замовлень, а вчора рис був сирий.', 2],
  ] as Case[])('a let-down regular: %s', (_family, text, rating) => {
    const analysis = analyzeReview({ text, rating });
    expect(analysis.flags).toContain('loyal_customer');
  });
});

describe('topic families (round 18)', () => {
  it.each([
    ['another article, ru', 'Заказала куртку, а в пакете лежала юбка с другим артикулом.', 2, 'delivery_problem'],
    ['your mix-up, uk', 'Замовила чохол на Pixel, а прийшов на Samsung. Повертати за свій кошт, хоча переплутали ви.', 2, 'delivery_problem'],
    ['marked not home, en', 'The driver marked "nobody home" although I was at the door all afternoon. No knock, no call.', 1, 'delivery_problem'],
    ['neighbours down too, ru', 'Второй день нет интернета, у соседей тоже нет сети, а оператор твердит, что проблема в роутере.', 1, 'service_outage'],
    ['platform down, uk', 'Під час вебінару платформа впала, а запис так і не з\'явився.', 1, 'service_outage'],
    ['non-original part, bg', 'Смениха ми батерията и след седмица телефонът гасне на 40%. Оказа се, че не е оригинална.', 1, 'product_defect'],
    ['a tariff raised, bg', 'Вдигнахте ми тарифата с 4 лева без никакво предупреждение.', 2, 'billing_problem'],
    ['a fee on the bill, ru', 'В счёте оказался сервисный сбор 15%, о котором в меню ни слова.', 2, 'billing_problem'],
  ] as const)('%s', (_family, text, rating, category) => {
    expect(analyzeReview({ text, rating }).category).toBe(category);
  });
});

describe('a remark said not to be the business\'s (round 18 families)', () => {
  it.each([
    ['ru', 'Массаж супер, мастер золотые руки. Минус — лифт в здании не работал, но это уже не к вам.', 5],
    ['uk', 'Дуже смачні сирники. Біля входу калюжа на весь тротуар, але це вже не до вас.', 5],
    ['bg', 'Прекрасна вечеря, благодарим. Улицата е разкопана, но това не е към вас.', 5],
    ['en', "Lovely stay, spotless room. The road works outside were loud, but that's not on you.", 5],
  ] as Case[])('praise stays praise: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).category).toBe('not_negative');
  });
});
