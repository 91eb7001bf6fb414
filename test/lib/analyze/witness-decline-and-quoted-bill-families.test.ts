/**
 * Legal words that are no threat: a lawyer who read the contract when a later sentence declines the suit, the writer
 * in court as a witness or juror; and their traps (a regulator complaint before a decline, witnesses to a suit).
 * Then staff who have "no time for you", hang up or cut the customer short; loyalty said as "only with you since
 * 2019" or a class attended since a year; the sum at the till against the price named first; a status that says
 * delivered. The texts are new wording, in all four languages.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analyze';

type Case = [family: string, text: string, rating?: number];

const NOT_THREATS: Case[] = [
  ['a lawyer read the contract, the suit declined after, ru', 'Студия не отдаёт исходники сайта, хотя в смете они были. Наш юрист посмотрел договор, там всё мутно. Судиться мы не хотим, давайте договоримся.', 2],
  ['a lawyer read the contract, the suit declined after, uk', 'Підрядник каже, що правки не входять у ціну. Наш юрист переглянув договір, там усе розмито. Судитися не плануємо, хочемо просто домовитись.', 2],
  ['a lawyer read the contract, the suit declined after, bg', 'Агенцията твърди, че преводите не влизат в цената. Нашият юрист прочете договора и там нищо не е ясно. Няма да ги съдим, искаме просто да се разберем.', 2],
  ['a lawyer read the contract, the suit declined after, en', 'The agency says hosting was never part of the deal. Our lawyer went through the contract and it is vague. We are not going to sue, we just want this sorted.', 2],
  ['a witness in court, ru', 'Взяла блузку, чтобы идти в суд свидетелем по делу соседки. После первой стирки села на два размера.', 2],
  ['a witness in court, uk', 'Купила сорочку, бо йду на засідання як свідок у справі колеги. Після першого прання ґудзики відпали.', 2],
  ['a witness in court, bg', 'Взех си сако за съда, като свидетел съм по делото на колега. Подплатата се скъса още на втория ден.', 2],
  ['jury duty, en', 'Bought these trousers for jury duty at the county court and the zip broke before lunch on day one.', 2],
];

const THREATS: Case[] = [
  ['a regulator complaint before a decline, ru', 'Мастер испортил кухню и денег не вернул. Жалобу в Роспотребнадзор я уже подала. Судиться пока не собираюсь.', 1],
  ['a suit with witnesses, ru', 'Продали битый телефон как новый. Подаю в суд, свидетели у меня есть!', 1],
  ['a suit with witnesses, en', 'Sold me a car with a rolled-back clock. See you in court, I have witnesses.', 1],
  ['a case filed, bg', 'Ремонтът на банята се проточи пет месеца и плочките паднаха. Заведохме дело срещу фирмата.', 1],
];

describe('legal words that are no threat, and their traps, in four languages', () => {
  it.each(NOT_THREATS)('no threat: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).flags).not.toContain('legal_threat');
  });

  it.each(THREATS)('threat: %s', (_family, text, rating) => {
    const analysis = analyzeReview({ text, rating });
    expect(analysis.category).toBe('legal_threat');
    expect(analysis.flags).toContain('legal_threat');
  });
});

const RUDENESS: Case[] = [
  ['"no time for you", ru', 'Позвонила узнать про анализы кота, а регистратор: «у меня нет на вас времени». И всё.', 2],
  ['"no time for you", uk', 'Прийшла забрати довідку, а адміністраторка: «не маю часу на вас, приходьте завтра».', 2],
  ['"no time for you" and hung up, bg', 'Питах кога ще е готова колата, а механикът каза „нямам време за вас“ и ми затвори.', 2],
  ['cut short mid-sentence, en', 'The manager cut me off twice before I could finish explaining and then walked away.', 1],
  ['"we don\'t have all day", en', 'The clerk tapped the counter and said we don\'t have all day, while my grandmother was still counting coins.', 1],
  ['interrupted, ru', 'Администратор всё время перебивал меня и смотрел в телефон. Больше не пойду.', 2],
];

describe('staff short with the customer, in four languages', () => {
  it.each(RUDENESS)('staff_rudeness: %s', (_family, text, rating) => {
    const analysis = analyzeReview({ text, rating });
    expect(analysis.category).toBe('staff_rudeness');
    expect(analysis.flags).toContain('staff_rudeness');
  });
});

const LOYAL: Case[] = [
  ['only with you since a year, ru', 'Обувь ремонтирую только у вас с 2016 года. А тут набойки отвалились через неделю.', 2],
  ['only with you since a year, uk', 'Окуляри замовляю тільки у вас з 2017, а цього разу лінзи переплутали.', 2],
  ['years first, bg', '8 години поръчваме тортите си от вас, а този път кремът беше вкиснал.', 2],
  ['a class attended since a year, en', 'Been doing spin classes here since 2018 and now every evening slot is gone from the timetable.', 2],
  ['a class attended since a year, uk', 'Тренуюсь у вас з 2019, а тепер прибрали всі вечірні групи без попередження.', 2],
  ['a regular customer, feminine, uk', 'Постійна покупчиня вашої кав’ярні, але останні тижні капучино холодне і кисле.', 2],
];

describe('loyalty said by the years or the habit, in four languages', () => {
  it.each(LOYAL)('loyal_customer: %s', (_family, text, rating) => {
    const analysis = analyzeReview({ text, rating });
    expect(analysis.category).toBe('loyal_customer');
    expect(analysis.flags).toContain('loyal_customer');
  });

  it('business done since a year is no loyalty, ru', () => {
    expect(analyzeReview({ text: 'Бизнесом занимаюсь с 2009 года и такого хаоса у поставщика не видел.', rating: 2 }).flags).not.toContain('loyal_customer');
  });
});

const TOPICS: [family: string, text: string, rating: number, category: string][] = [
  ['the sum at the till after the price named, ru', 'В автосервисе озвучили замену колодок за 4 500, на кассе в итоге 7 900. Откуда — никто не объяснил.', 2, 'billing_problem'],
  ['the sum at the place after the price named, uk', 'По телефону сказали, що чистка коштує 900 грн. На місці вийшло 1600, бо «сильне забруднення».', 2, 'billing_problem'],
  ['the fare against the app, bg', 'Таксито до гарата излезе 34 лв, а в приложението показваше 18. Шофьорът само сви рамене.', 2, 'billing_problem'],
  ['the bill against the price said, en', 'They said an oil change would be around $60. Bill was $145 and nobody called to ask first.', 2, 'billing_problem'],
  ['the status says delivered, en', 'Tracking says delivered at 11:02. No box on the porch, nothing with the neighbours either.', 1, 'delivery_problem'],
  ['the status says delivered, ru', 'В приложении статус «доставлен», а коробки у двери нет и соседи ничего не брали.', 1, 'delivery_problem'],
];

describe('a bill above the price named and a status that says delivered, in four languages', () => {
  it.each(TOPICS)('%s', (_family, text, rating, category) => {
    expect(analyzeReview({ text, rating }).category).toBe(category);
  });
});

const MORE_RUDENESS: Case[] = [
  ['"can\'t you see I\'m busy", ru', 'Подошла к стойке спросить про номер, а администратор не поднимая глаз: «не видите, я занята?»', 2],
  ['"can\'t you see I\'m busy", bg', 'Попитах сервитьора за сметката, а той: „не виждате ли, че съм зает“, и продължи да си пише в телефона.', 2],
  ['"if you\'re so clever", uk', 'Попросив майстра переробити полицю рівно, а він: «раз такий розумний, роби сам».', 1],
  ['"if you\'re so smart", en', 'Asked the mechanic why the bill doubled and he said if you\'re so smart, fix it yourself.', 1],
  ['a back turned on purpose, bg', 'Рецепционистката ни видя, обръща се с гръб и продължава да говори по телефона.', 2],
  ['a child called names, en', 'The swim coach called my son useless in front of the whole group. He is seven.', 1],
  ['an accent mimicked, ru', 'Продавец передразнивал акцент моей мамы, пока она выбирала сыр. Стыдно за такой магазин.', 1],
];

describe('more staff rudeness, in four languages', () => {
  it.each(MORE_RUDENESS)('staff_rudeness: %s', (_family, text, rating) => {
    const analysis = analyzeReview({ text, rating });
    expect(analysis.category).toBe('staff_rudeness');
    expect(analysis.flags).toContain('staff_rudeness');
  });
});

const MORE_TOPICS: [family: string, text: string, rating: number, category: string][] = [
  ['the app broken for days, en', 'Great gym, but the booking app has been broken since Monday and the class list just spins forever.', 2, 'service_outage'],
  ['the video freezing, ru', 'Курсы хорошие, но на платформе видео постоянно зависает, урок невозможно досмотреть.', 2, 'service_outage'],
  ['an animal pacing, not people passed around, ru', 'Зоопарк грустный: вольеры маленькие, волк ходит туда-сюда вдоль сетки. Больше не пойдём.', 2, 'general_complaint'],
];

describe('an outage in the app, and pacing that is no runaround', () => {
  it.each(MORE_TOPICS)('%s', (_family, text, rating, category) => {
    expect(analyzeReview({ text, rating }).category).toBe(category);
  });

  it('a monthly charge is no loyalty, uk', () => {
    const text = 'Інтернет-провайдер без попередження підняв абонплату, тепер +60 грн щомісяця. Я нічого не змінювала.';
    expect(analyzeReview({ text, rating: 1 }).flags).not.toContain('loyal_customer');
  });
});

const SCOPE_RUNAROUND_AND_FIT: [family: string, text: string, rating: number, category: string][] = [
  ['what the contract leaves out, ru', 'Наш подрядчик по сайту теперь говорит, что мобильная версия не входит в договор. Мы считаем, что входит, в ТЗ она есть.', 2, 'contract_dispute'],
  ['what the contract leaves out, uk', 'Підрядник з SEO заявляє, що тексти для блогу не входять у договір, хоча в пропозиції вони були.', 2, 'contract_dispute'],
  ['what the contract leaves out, en', 'Our contractor now claims the staging server is not part of the contract, though it is in the statement of work.', 2, 'contract_dispute'],
  ['sent up the chain, ru', 'В фитнес-клубе не работает карта. На ресепшене отправили к администратору, администратор к управляющему, тот «разберусь». Неделю разбирается.', 2, 'unresponsive_support'],
  ['sent up the chain, bg', 'Питах защо ми блокираха абонамента за залата. На рецепцията ме пратиха при управителя, той каза „ще проверя“ и изчезна за седмица.', 2, 'unresponsive_support'],
  ['one leg shorter than the other, ru', 'Укоротили брюки в ателье: одна штанина короче другой почти на сантиметр. Переделывать за свой счёт не буду.', 2, 'product_defect'],
  ['one sleeve shorter than the other, en', 'Had a jacket taken in and one sleeve is now shorter than the other. The hem is wonky too.', 2, 'product_defect'],
];

describe('scope left out of a contract, a runaround up the chain, an uneven alteration', () => {
  it.each(SCOPE_RUNAROUND_AND_FIT)('%s', (_family, text, rating, category) => {
    expect(analyzeReview({ text, rating }).category).toBe(category);
  });
});

const AMBIENCE: [family: string, text: string, rating: number][] = [
  ['crowds and no benches, en', 'Packed on a Sunday, you queue for every room behind tour groups and there is nowhere to sit. Left after forty minutes.', 2],
  ['ads before the film, ru', 'Двадцать минут рекламы перед фильмом, в зале духота. Больше в этот кинотеатр не пойдём.', 2],
  ['noise at night, uk', 'Готель у центрі, але гучна музика до третьої ночі з бару внизу. Виспатися неможливо.', 2],
  ['heat and a long queue, bg', 'Опашка от час и половина в жегата за един печат, няма нито една пейка. Ужас.', 1],
];

describe('what a venue is like is a general complaint', () => {
  it.each(AMBIENCE)('general_complaint: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).category).toBe('general_complaint');
  });
});

describe('a thief is no insult to the business, bg', () => {
  it('the thief who broke in is named, not the shop', () => {
    const text = 'На паркинга ви разбиха колата ми. Знам, че виновен е крадецът, но камерите ви не работят от месеци.';
    expect(analyzeReview({ text, rating: 2 }).flags).not.toContain('abusive_language');
  });

  it('the shop called thieves is', () => {
    expect(analyzeReview({ text: 'Взехте ми парите два пъти и не ги връщате. Крадци сте!', rating: 1 }).flags).toContain('abusive_language');
  });
});
