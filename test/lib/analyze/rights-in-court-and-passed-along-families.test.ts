/**
 * Families from outsider set rv27, in all four languages, each with traps that must not fire. One's rights sought
 * in court is a threat; the police named first and then turned down («в полицию из-за этого не пойду») is not.
 * Guests shouting to each other over the music and a mother-and-child room are no rudeness; staff telling a customer
 * to get lost or calling their child names is. A season counted with the business is a long relationship. A customer
 * sent from one person to the next, or whose only contact is out of reach, is left without support. An item rung up
 * twice is a billing problem even among praise.
 * The texts are new wording, not the set's own.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analyze';

type Case = [family: string, text: string, rating?: number];

const RIGHTS_IN_COURT: Case[] = [
  ['rights in court, ru', 'Ремонт кухни затянули на два месяца, фасады поцарапаны. Буду защищать свои права в судебном порядке.', 1],
  ['rights in court, uk', 'Меблі привезли з тріснутою стільницею, заміну не дають. Свої права відстоюватиму в суді.', 1],
  ['rights in court, bg', 'Ремонтът на банята е с течове, а фирмата отказва гаранция. Ще защитя правата си по съдебен ред.', 1],
  ['rights in court, en', 'The kitchen fitters left the worktop cracked and refuse to come back. I will pursue my rights in court.', 1],
];

const POLICE_TURNED_DOWN: Case[] = [
  ['police first, then not going, ru', 'На кассе пробили лишний пакет и сдачу недодали. В полицию из-за 40 рублей я, понятно, не пойду, но неприятно.', 2],
  ['police first, then not going, uk', 'У чеку дві зайві позиції. До поліції через 90 гривень я, ясна річ, не піду, але перевіряйте чеки.', 2],
  ['police first, then not going, bg', 'На касата ми маркираха два пъти хляба. В полицията заради 2 лева, ясно, няма да ходя, но внимавайте.', 2],
];

const STILL_THREATS: Case[] = [
  ['regulator, then a lawyer if no help, uk', 'Кредитку заблокували без пояснень. Скаргу в НБУ подала, якщо не допоможе — піду до адвоката.', 1],
  ['regulator, then a lawyer if no help, ru', 'Вклад не выдают третью неделю. Жалобу в ЦБ написала, если не поможет — пойду к адвокату.', 1],
];

const NO_RUDENESS: Case[] = [
  ['shouting to each other over music, ru', 'Кухня отличная, но музыка такая громкая, что мы с мужем весь вечер кричали друг другу через стол.', 3],
  ['shouting to each other over music, uk', 'Їжа смачна, але музика гримить так, що ми кричали один одному, аби щось почути.', 3],
  ['shouting to each other over music, en', 'Food was fine but the DJ was so loud we were shouting at each other all night.', 3],
  ['mother-and-child room, ru', 'Комната матери и ребёнка в этом ТЦ одна, и та закрыта, ключ у охраны на первом этаже.', 2],
  ['mother-and-child room, uk', 'Кімната матері та дитини тут одна на весь вокзал і постійно зачинена.', 2],
  ['mother-and-child room, bg', 'Стаята за майка и дете в мола е една и винаги заключена.', 2],
];

const RUDENESS: Case[] = [
  ['told to get lost, ru', 'Пришли с сыном в батутный центр, администратор буркнул «валите отсюда, мест нет», хотя мы бронировали.', 1],
  ['told to get lost, uk', 'Охоронець у клубі гаркнув «валіть звідси», хоча квитки в нас були.', 1],
  ['told to get lost, bg', 'Пазачът на басейна ни каза „разкарайте се оттук“, въпреки че имахме карти.', 1],
  ['told to get lost, en', 'The bouncer just said get lost and shut the door, though we had tickets.', 1],
  ['child called names, ru', 'Стоматолог сказала мне при сыне: «уймите свою истеричку», хотя у меня мальчик и он просто боялся.', 1],
  ['child called names, uk', 'Фотограф у садочку сказав: «заберіть свою істеричку з кадру». Донька плакала весь вечір.', 1],
  ['child called names, bg', 'Фризьорката каза: „успокойте си истеричката, не мога да режа така“.', 1],
  ['child called names, en', 'The swim coach said “take your hysterical brat home”. She is six.', 1],
];

const SEASONS_WITH_YOU: Case[] = [
  ['season counted with you, ru', 'Снимаем у вас домик четвёртый сезон, всегда было чисто. В этот раз в душе плесень и не работает бойлер.', 2],
  ['season counted with you, uk', 'Беру у вас абонемент на каток п\'ятий сезон, а цього року лід весь у ямах.', 2],
  ['season counted with you, bg', 'Пети сезон съм при вас на ски гардероб, а тази година ми дадоха ски с изкривен кант.', 2],
  ['season counted with you, en', 'This is my fifth season with you for the allotment plot and the water has been off for a month.', 2],
];

const PASSED_ALONG: Case[] = [
  ['sent from one to the next, ru', 'Попросила справку для бассейна. Тренер отправил к администратору, администратор — к директору, директор в отъезде. Ответа нет.', 2],
  ['sent from one to the next, uk', 'Хотіла забрати документи сина. Класна керівниця — до адміністратора, адміністратор — до директора, а той «на нараді». Відповіді нема.', 2],
  ['sent from one to the next, en', 'Asked for my deposit receipt. Reception sent me to the manager, the manager to the accounts office, who never replied.', 2],
  ['contact out of reach, ru', 'Риелтор обещала прислать договор до пятницы. Сейчас среда, телефон недоступен, в офисе говорят, что её клиентами никто не занимается.', 2],
  ['contact out of reach, uk', 'Менеджерка обіцяла надіслати квитки. Телефон вимкнений, в офісі кажуть, що її клієнтами ніхто не займається.', 2],
  ['contact out of reach, bg', 'Агентът обеща документите до петък. Телефонът му е изключен, а в офиса казват, че с неговите клиенти никой не се занимава.', 2],
];

describe('rights sought in court, the police turned down', () => {
  it.each(RIGHTS_IN_COURT)('threat: %s', (_family, text, rating) => {
    const analysis = analyzeReview({ text, rating });
    expect(analysis.flags).toContain('legal_threat');
    expect(analysis.category).toBe('legal_threat');
  });

  it.each(POLICE_TURNED_DOWN)('no threat: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).flags).not.toContain('legal_threat');
  });

  it.each(STILL_THREATS)('threat: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).flags).toContain('legal_threat');
  });

  it('knowing one\'s rights is no threat', () => {
    expect(analyzeReview({ text: 'Я знаю свои права, поэтому сразу попросила книгу жалоб. Вернули через неделю.', rating: 3 }).flags).not.toContain('legal_threat');
  });
});

describe('shouting that is not the staff’s, and staff who tell customers off', () => {
  it.each(NO_RUDENESS)('no rudeness: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).flags).not.toContain('staff_rudeness');
  });

  it.each(RUDENESS)('rudeness: %s', (_family, text, rating) => {
    const analysis = analyzeReview({ text, rating });
    expect(analysis.flags).toContain('staff_rudeness');
    expect(analysis.category).toBe('staff_rudeness');
  });
});

describe('a season counted with the business', () => {
  it.each(SEASONS_WITH_YOU)('loyal: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).flags).toContain('loyal_customer');
  });

  it('a third year of a problem is no loyalty', () => {
    expect(analyzeReview({ text: 'Третий год у вас одно и то же: лифт стоит, подъезд не убирают.', rating: 1 }).flags).not.toContain('loyal_customer');
  });
});

describe('sent along or left without a contact', () => {
  it.each(PASSED_ALONG)('unresponsive: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).category).toBe('unresponsive_support');
  });
});

describe('smaller families', () => {
  it.each([
    ['bg', 'Мерси за „светкавичната“ доставка: 3 седмици за един крем.'],
    ['ru', 'Спасибо за «экспресс» доставку: две недели за чехол.'],
    ['en', 'Thanks for the “express” shipping, a fortnight for a phone case.'],
  ])('sarcastic thanks for express delivery is a complaint, %s', (_language, text) => {
    expect(analyzeReview({ text, rating: 1 }).category).not.toBe('not_negative');
  });

  it.each([
    ['ru', 'Всё понравилось, официант внимательный. Только дома увидела, что в чеке морс пробили два раза, верните, пожалуйста, 180 рублей.'],
    ['uk', 'Піца смачна, але в чеку капучино двічі пробили. Поверніть, будь ласка, 65 грн.'],
    ['bg', 'Всичко беше вкусно, но бирата ни е маркирана два пъти. Моля, върнете 5 лева.'],
    ['en', 'Lovely lunch, but the kids’ juice was rung up twice. Please refund the £3.'],
  ])('an item rung up twice among praise is a billing problem, %s', (_language, text) => {
    expect(analyzeReview({ text, rating: 4 }).category).toBe('billing_problem');
  });

  it('a tyre punctured twice is no bill', () => {
    expect(analyzeReview({ text: 'Колесо пробили два раза за неделю, шиномонтаж рядом с домом.', rating: 3 }).category).not.toBe('billing_problem');
  });

  it('a course cohort («потік») is no leak', () => {
    expect(analyzeReview({ text: 'Попросилася на наступний потік курсу, бо захворіла. Писала в підтримку чотири рази — тиша.', rating: 2 }).category).not.toBe('product_defect');
  });

  it('ordered one flavour, another came (uk, surzhyk)', () => {
    expect(analyzeReview({ text: 'Заказала каву в зернах без кофеїну, прийшла звичайна. Пишу — кажуть відправте назад за свій рахунок.', rating: 2 }).category).toBe('delivery_problem');
  });
});
