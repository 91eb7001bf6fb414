/**
 * Legal threats named the way customers in RU / UA / BG / UK / US / AU / IN name them: sector regulators and
 * consumer bodies the lexicon did not know (НКЕК, Росздравнадзор, БАБХ, NSW Fair Trading, a consumer forum), the
 * tax office or the health department next to a complaint, a suit already won or lost and its decision in force, a
 * demand letter or a legal notice, a lawyer in the family named to the business. Each with traps that must not fire:
 * the same words as paperwork, the law named without a step, a suit declined for want of time or wish, a police
 * report on scammers, a lawyer praised. Then the complaint families: a promised date long past, a refund that never
 * came, an agreed price and a bigger bill, shoving and shouting, a habit kept for years. The texts are new wording.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analyze';

type Case = [family: string, text: string, rating?: number];

const THREATS: Case[] = [
  ['telecom regulator, uk', 'Без згоди переключили на дорожчий тариф, замість 150 грн тепер 275. Скаргу до НКЕК подав ще в березні.', 1],
  ['health care regulator, ru', 'В клинике перепутали анализы и месяц лечили не от того. Пожаловалась в Росздравнадзор.', 1],
  ['food safety agency, bg', 'Подадох сигнал до БАБХ, защото ни сервираха развалено месо и никой не се извини.', 1],
  ['state fair trading office, en (AU)', 'They kept debiting my card for months after I cancelled. I have lodged a complaint with Queensland Fair Trading.', 1],
  ['consumer forum, en (IN)', 'Dealer refused to replace the faulty scooter. I am filing a case in the district consumer forum next week.', 1],
  ['state AG and BBB, en (US)', 'Four months of trying to cancel, they keep drafting my account. Filed complaints with the state AG and the BBB today.', 1],
  ['environmental health, en (UK)', 'Found a cockroach in my curry and the manager shrugged. Reported them to environmental health this morning.', 1],
  ['tax office, after a complaint, ru', 'Чеки не пробивают уже месяц, сдачу дают «без бумажки». Написала жалобу в налоговую.', 2],
  ['suit lost by the shop, decision in force, ru', 'Мебельный салон проиграл мне суд ещё весной, решение вступило в силу, а деньги за шкаф так и не вернули.', 1],
  ['suit won, decision in force, uk', 'Суд вони програли, рішення набрало законної сили, а грошей за ремонт досі нема.', 1],
  ['suit won, decision in force, bg', 'Спечелих делото, решението влезе в сила още през март, а парите ги няма.', 1],
  ['legal notice, en (IN)', 'Builder delayed possession by two years. Sent them a legal notice through my advocate.', 1],
  ['a lawyer in the family, ru', 'У меня муж юрист, он уже посмотрел договор — вы нарушили сроки. Верните деньги за кухню.', 1],
  ['a lawyer in the family, bg', 'Съпругът ми е адвокат и вече прегледа договора. Върнете парите за кухнята, иначе ще видите.', 1],
  ['relevant authorities, uk', 'Гроші за зірваний тур не повертають третій місяць. Будемо звертатися у відповідні органи.', 1],
  ['a lawyer hired with the neighbours, ru', 'Сдачу дома переносят третий раз, отделку так и не начали. Мы с соседями наняли адвоката, документы уже у него.', 1],
  ['a lawyer hired, uk', 'Ремонт мали закінчити у березні, зараз липень. Найняли юриста, нехай розбирається з вашими «форс-мажорами».', 1],
  ['a lawyer hired with other families, bg', 'Апартаментът трябваше да е готов миналата година. С още осем семейства наехме адвокат, ще си търсим парите.', 1],
  ['a collective suit among a call to join, ru', 'Дольщикам: ключи обещали к осени, на дворе весна, лифтов нет. Мы подали коллективный иск, присоединяйтесь, чем больше нас, тем лучше.'],
];

const NOT_THREATS: Case[] = [
  ['tax office as paperwork, ru', 'Врач внимательная, справку в налоговую для вычета выдали за один день. Спасибо!', 5],
  ['tax office fined us, accountant’s business, bg', 'Счетоводителят подаде декларацията със закъснение и НАП ни глоби. Много неприятно.', 2],
  ['the air conditioning is not the ACCC, en', 'The AC in our room was broken on arrival, the staff fixed it within the hour. Thanks!', 5],
  ['health inspector as a figure of speech, en', 'The health inspector would have a field day in that kitchen, but the curry was great.', 4],
  ['consumer law named without a step, ru', 'Цены на сайте одни, в чеке другие. Это вообще-то нарушение закона о защите прав потребителей.', 2],
  ['consumer law named without a step, uk', 'Ціни на сайті одні, а на касі інші. Це порушення закону про захист прав споживачів.', 2],
  ['consumer law named without a step, bg', 'Цените на сайта и на касата са различни. Това е нарушение на Закона за защита на потребителите.', 2],
  ['no wish or time to sue, ru', 'Судиться нет ни времени, ни желания, просто предупреждаю остальных: товар брак.', 1],
  ['no wish or time to sue, uk', 'Не маю ні часу, ні бажання судитися, але сервіс жахливий.', 1],
  ['no intention of going round the courts, bg', 'Музиката е толкова силна, че не се чуваме. Нямам намерение да ходя по съдилища, но и съседите се оплакват.', 2],
  ['no point suing, en', 'No point suing over twenty quid, but the service was dreadful.', 1],
  ['a police report on scammers, ru', 'Мошенники позвонили якобы из банка. В отделении сразу заблокировали карту и помогли написать заявление в полицию на этих мошенников. Спасибо!', 5],
  ['a joint complaint to the company, en', 'The whole street has had no internet since Sunday. We are collecting names for a joint complaint to the company.', 2],
  ['a lawyer in the family recommends the place, ru', 'Мой брат юрист, он и посоветовал этот салон. Всё понравилось, мастер отличная!', 5],
  ['a lawyer praised for a case won, en', 'Great lawyers, they won my case. Highly recommend!', 5],
  ['a lawyer hired for a purchase, praised, bg', 'Наехме адвокат за покупката на апартамента и агенцията работи с него безупречно. Препоръчвам!', 5],
  ['a lawyer hired for the paperwork, praised, ru', 'Для оформления сделки наняли юриста, агент всё подготовил заранее. Спасибо, всё прошло гладко!', 5],
];

describe('regulators, suits already decided and legal steps, in four languages', () => {
  it.each(THREATS)('threat: %s', (_family, text, rating) => {
    const analysis = analyzeReview({ text, rating });
    expect(analysis.flags).toContain('legal_threat');
    expect(analysis.category).toBe('legal_threat');
  });

  it.each(NOT_THREATS)('no threat: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).flags).not.toContain('legal_threat');
  });
});

const RUDENESS: Case[] = [
  ['shoved out, ru', 'Охранник вытолкал мужа за дверь, даже не объяснив, в чём дело.', 1],
  ['shouted all the way, ru', 'Водитель орал всю дорогу, потому что я поставил метку не у того подъезда.', 1],
  ['change thrown on the counter, uk', 'Продавчиня жбурнула решту на прилавок і відвернулась до телефону.', 1],
  ['"I don’t care" and hung up, bg', 'Обадих се на куриера, а той ми каза „Не ми пука, ела си я вземи“ и затвори.', 1],
  ['change thrown, told to shop elsewhere, en', 'The cashier threw my change on the counter and told me to shop elsewhere if I was in a hurry.', 1],
];

const LOYALTY: Case[] = [
  ['a habit of years, ru', 'Каждую субботу пять лет ходили к вам на завтраки. Теперь порции вдвое меньше, а цены выросли.', 2],
  ['a habit of years, bg', 'Всеки петък от три години идваме при вас. Вече не е същото, храната е студена.', 2],
  ['the fifth stay, en', 'Fifth time staying with you and the room was not even cleaned once.', 2],
];

describe('complaint families: rudeness by what staff did, loyalty by a habit kept', () => {
  it.each(RUDENESS)('staff_rudeness: %s', (_family, text, rating) => {
    const analysis = analyzeReview({ text, rating });
    expect(analysis.category).toBe('staff_rudeness');
    expect(analysis.flags).toContain('staff_rudeness');
  });

  it.each(LOYALTY)('loyal_customer: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).category).toBe('loyal_customer');
  });
});

const BILLING: Case[] = [
  ['a refund that never came, ru', 'Сдала куртку по возврату три недели назад, 5 490 ₽ так и не пришли.', 2],
  ['a refund that never came, en', 'Refund of £45 still not received three weeks after I returned the boots.', 2],
  ['an agreed price and a bigger bill, ru', 'Договорились на 4 тысячи за замену масла, в итоге выставили 9 800. Даже не позвонили.', 1],
  ['a quote and a bigger bill, en', 'Quoted $120 for the repair, then billed $310 without a call.', 1],
];

describe('billing families: money that never came back, a bill bigger than agreed', () => {
  it.each(BILLING)('billing_problem: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).category).toBe('billing_problem');
  });
});
