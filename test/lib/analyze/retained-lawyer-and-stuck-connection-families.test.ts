/**
 * A lawyer retained or engaged for the case is a threat; a lawyer named as the measure of how unclear the terms are,
 * a police report after a break-in at the writer's home or car, and a contract's penalty clause argued over are not.
 * Then an app stuck on connecting or loading, films that will not play, calls that drop, a card terminal out of order;
 * every channel tried and then nothing; staff shouting at the writer's child or hanging up again and again; an order
 * sent to another pickup point; thanks for something in scare quotes. The texts are new wording, in all four languages.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview, analyzeReviewLexicon, readReview } from '../../../lib/analyze';
import type { Category } from '../../../lib/taxonomy';

type Case = [family: string, text: string, rating?: number];

const THREATS: Case[] = [
  ['a lawyer engaged, ru', 'Кухню ставили два месяца, фасады кривые, на претензии молчат. Мы привлекли юриста, дальше будете общаться с ним.', 1],
  ['a lawyer engaged, uk', 'Вікна протікають з першого дощу, гарантію не визнають. Ми залучили адвоката, чекайте листа.', 1],
  ['a lawyer engaged, bg', 'Три месеца чакаме да оправят покрива, а те само обещават. Ангажирахме адвокат и ще се видим по друг начин.', 1],
  ['a lawyer retained, en', 'Eight months of excuses about the extension and the roof still leaks. I have retained a solicitor and he will be in touch.', 1],
];

const NOT_THREATS: Case[] = [
  ['a lawyer as the measure of unclear terms, ru', 'С карты списали 3 900 за «продление», о котором никто не предупреждал. Муж у меня юрист, и даже он не нашёл в условиях, где это написано. Верните деньги.', 2],
  ['a lawyer as the measure of unclear terms, uk', 'Зняли 1 200 гривень за автопродовження. Сестра в мене юрист, і навіть вона не зрозуміла, де це в договорі. Поверніть кошти.', 2],
  ['a lawyer as the measure of unclear terms, bg', 'Удържаха ми 80 лева такса за подновяване. Брат ми е юрист и дори той не намери къде пише това в общите условия. Върнете ми парите.', 2],
  ['a lawyer as the measure of unclear terms, en', 'They took £95 for a renewal nobody told me about. My cousin is a lawyer and even she couldn\'t find the clause that allows it. Refund me.', 2],
  ['a police report after a break-in, ru', 'Весной у нас вскрыли машину во дворе, заявление в полицию писали, так что поставили сигнализацию от вас. Приложение третий день не подключается к машине.', 2],
  ['a police report after a break-in, uk', 'Торік обікрали дачу, заяву в поліцію подавали, тому й поставили вашу охорону. Тепер застосунок тиждень показує помилку і не працює.', 2],
  ['a police report after a break-in, bg', 'Миналата зима ни обраха вилата, подадохме сигнал в полицията и затова сложихме вашите камери. Приложението не се отваря от седмица.', 2],
  ['a police report after a break-in, en', 'Our car got broken into last spring and we reported it to the police, so we bought your dash cam. The app has not connected to it for a week.', 2],
  ['a penalty clause argued over, ru', 'Поставщик сорвал сроки по договору, неустойку платить отказывается, а неустойка там 0,2% в день. Теперь они требуют с нас неустойку за «простой». Больше не работаем.', 1],
];

describe('a lawyer retained is a threat; a lawyer as a measure, a break-in and a penalty clause are not', () => {
  it.each(THREATS)('threat: %s', (_family, text, rating) => {
    const analysis = analyzeReview({ text, rating });
    expect(analysis.category).toBe('legal_threat');
    expect(analysis.flags).toContain('legal_threat');
  });

  it.each(NOT_THREATS)('no threat: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).flags).not.toContain('legal_threat');
  });
});

/** The lexicon's own verdict is checked, so the families hold whatever the category model weighs. */
const TOPICS: [family: string, text: string, rating: number, category: Category][] = [
  ['stuck on connecting, ru', 'Камера для дачи — деньги на ветер. Второй день в приложении висит «подключение к устройству», и всё.', 1, 'service_outage'],
  ['stuck on loading, uk', 'Купили підписку на навчальну платформу, а уроки вже годину висять на завантаженні. Так не можна.', 1, 'service_outage'],
  ['stuck on connecting, bg', 'Смарт контактът е безполезен, приложението виси на „свързване“ цяла вечер.', 1, 'service_outage'],
  ['stuck on connecting, en', 'The smart lock app has been stuck on connecting all weekend, so much for keyless entry.', 1, 'service_outage'],
  ['films that will not play, ru', 'Оплатил подписку на год, а половина фильмов не запускается, на телевизоре просто чёрный экран.', 2, 'service_outage'],
  ['channels that will not play, bg', 'От понеделник половината канали не тръгват, плащам пълния пакет.', 2, 'service_outage'],
  ['films that will not play, en', 'Paid for the premium tier and half the movies won\'t play on the TV, just a spinning wheel.', 2, 'service_outage'],
  ['calls that drop, uk', 'Працюю з дому, а дзвінки в зумі обриваються кожні п\'ять хвилин, провайдер каже, що все ок.', 2, 'service_outage'],
  ['the internet down for days, ru', 'Интернет в офисе уже третий день просто лежит, работать невозможно.', 1, 'service_outage'],
  ['a card terminal out of order, uk', 'Кава смачна, але термінал для оплати карткою вже місяць не працює, носіть готівку.', 4, 'service_outage'],
  ['a card terminal out of order, en', 'Nice bakery, but the card machine has been out of order for weeks, cash only again.', 4, 'service_outage'],
  ['every channel tried, then nothing, en', 'Waiting on a date for the patio install since March. I have called, emailed and left voicemails for the office manager. Nothing.', 2, 'unresponsive_support'],
  ['voice messages left, ru', 'Оставила три голосовых сообщения менеджеру салона, перезвонить так никто и не удосужился.', 2, 'unresponsive_support'],
  ['an order sent to another pickup point, ru', 'Мой заказ отправили в другой пункт выдачи, ехать туда через весь город.', 2, 'delivery_problem'],
  ['an order sent to another branch, uk', 'Замовлення пішло в інше відділення, хоча я вказувала своє, тепер їхати на інший кінець міста.', 2, 'delivery_problem'],
  ['an order sent elsewhere, bg', 'Поръчката отиде в друг офис на куриера, а никой не ми каза.', 2, 'delivery_problem'],
  ['an order sent to another store, en', 'My click and collect order went to a different store twenty miles away.', 2, 'delivery_problem'],
];

describe('outages, silence after every channel, an order sent elsewhere, in four languages', () => {
  it.each(TOPICS)('%s', (_family, text, rating, category) => {
    expect(analyzeReviewLexicon({ text, rating }).category).toBe(category);
  });
});

const RUDENESS: Case[] = [
  ['shouting at the child, ru', 'Тренер по плаванию наорал на сына так, что тот теперь боится бассейна.', 1],
  ['shouting at the child, uk', 'Вожатий накричав на доньку при всьому загоні через розлитий компот.', 1],
  ['shouting at the child, bg', 'Охранителят в мола изкрещя на детето, защото пипна витрината.', 1],
  ['shouting at the child, en', 'The ride attendant yelled at my daughter for standing in the wrong spot.', 1],
  ['hanging up again and again, uk', 'Диспетчерка таксі кидала слухавку щоразу, як я питала, де машина.', 1],
];

describe('shouting at the writer\'s child, hanging up again and again', () => {
  it.each(RUDENESS)('staff_rudeness: %s', (_family, text, rating) => {
    const analysis = analyzeReview({ text, rating });
    expect(analysis.category).toBe('staff_rudeness');
    expect(analysis.flags).toContain('staff_rudeness');
  });

  it('«б» before «у вас» is a particle, not second-hand goods, uk', () => {
    const scores = analyzeReviewLexicon({ text: 'Взяла б у вас сукню, але в чаті ніхто не відповідає вже третій день.', rating: 2 });
    expect(scores.category).not.toBe('product_defect');
  });
});

const SARCASM: Case[] = [
  ['thanks for "fast" delivery, ru', 'Спасибо за «оперативную» доставку! Шкаф ехал пять недель.', 1],
  ['thanks for "fast" delivery, uk', 'Дякую за «швидку» доставку, чекали три тижні.', 1],
  ['thanks for "fast" delivery, bg', 'Благодаря за „бързата“ доставка, чакахме три седмици.', 1],
  ['thanks for "fast" delivery, en', 'Thanks for the "speedy" delivery, only took a month.', 1],
];

describe('thanks for something in scare quotes is a complaint', () => {
  it.each(SARCASM)('%s', (_family, text, rating) => {
    expect(analyzeReviewLexicon({ text, rating }).category).not.toBe('not_negative');
  });

  it('thanks for a cake named in quotes is praise, ru', () => {
    expect(analyzeReview({ text: 'Спасибо за «Медовик» на юбилей, гости были в восторге!', rating: 5 }).category).toBe('not_negative');
  });
});

/** Second batch: the lexicon's verdict again, so the families hold whatever the model weighs. */
const MORE_TOPICS: [family: string, text: string, rating: number, category: Category][] = [
  ['half the order brought, ru', 'Из двенадцати позиций привезли половину, остальное «нет в наличии», а деньги списали за всё.', 1, 'delivery_problem'],
  ['tracking stuck on one status, uk', 'Подарунок для мами, а трекінг уже дев\'ять днів показує «прийнято на склад».', 1, 'delivery_problem'],
  ['tracking stuck on one status, bg', 'Проследяването от седмица показва „приета“ и нищо не мърда.', 1, 'delivery_problem'],
  ['tracking stuck on one status, en', 'The tracking showed processing for eleven days, then the order just vanished from my account.', 1, 'delivery_problem'],
  ['more money asked at the exit, ru', 'Аренда лодки на час — 1 500. Вернули лодку через час десять, а с нас требуют ещё 1 500 за «начатый час».', 2, 'billing_problem'],
  ['more money asked at the exit, bg', 'Платихме 40 лв за детския център, а накрая сметката беше 65 лв заради „допълнителни игри“.', 2, 'billing_problem'],
  ['more money asked at the exit, en', 'Booked the valet for £30 and at pick-up they wanted another £25 for "overnight handling".', 2, 'billing_problem'],
  ['a seam that split, ru', 'Костюм на выпускной сына: на первом же танце шов на брюках разошёлся сзади.', 2, 'product_defect'],
  ['a seam that split, uk', 'Сукня на випускний: шов збоку розійшовся ще до того, як ми доїхали до ресторану.', 2, 'product_defect'],
  ['a seam that split, en', 'Wore the blazer once and the seam under the arm split right open.', 2, 'product_defect'],
  ['a print upside down, ru', 'Заказали календарь с фото, а два месяца напечатаны вверх ногами.', 2, 'product_defect'],
  ['cream gone sour, uk', 'Еклери гарні на вигляд, але крем усередині кислий, явно не свіжий.', 2, 'product_defect'],
  ['cream gone sour, en', 'The cake looked perfect but the cream filling had gone sour by the time we cut it.', 2, 'product_defect'],
  ['too many children per teacher, en', 'Nice building, but it is 28 kids to one teacher in the toddler room and nobody notices a wet nappy for hours.', 2, 'general_complaint'],
  ['too many children per teacher, bg', 'Скъпа частна градина, а в групата са 26 деца на една учителка.', 2, 'general_complaint'],
  ['music until late, en', 'Lovely cabins, but the karaoke next door went on until 2am every night of our stay.', 2, 'general_complaint'],
  ['part of a venue closed off, en', 'Drove an hour to the zoo and half the place was roped off for building work.', 2, 'general_complaint'],
  ['passed between retailer and manufacturer, en', 'Asked who services the boiler under my plan. The installer said ask the manufacturer, and the manufacturer says it is the installer\'s job. Six weeks of this.', 2, 'unresponsive_support'],
];

describe('half an order, tracking stuck, a bill raised at the exit, seams, venues, a runaround', () => {
  it.each(MORE_TOPICS)('%s', (_family, text, rating, category) => {
    expect(analyzeReviewLexicon({ text, rating }).category).toBe(category);
  });
});

const MORE_RUDENESS: Case[] = [
  ['humiliated in front of the group, ru', 'Педагог по вокалу при всей группе высмеяла дочку за полноту. Больше мы туда ни ногой.', 1],
  ['humiliated in front of the group, bg', 'Треньорът пред целия отбор му се подигра, че тича като пингвин. Детето се прибра разплакано.', 1],
  ['humiliated in front of the class, en', 'The swim coach mocked my son in front of the whole class for being scared of the deep end.', 1],
];

describe('humiliated in front of others, in four languages', () => {
  it.each(MORE_RUDENESS)('staff_rudeness: %s', (_family, text, rating) => {
    const analysis = analyzeReview({ text, rating });
    expect(analysis.category).toBe('staff_rudeness');
    expect(analysis.flags).toContain('staff_rudeness');
  });

  it('a child\'s age is no loyalty, uk', () => {
    expect(analyzeReview({ text: 'Син, 8 років, ходив на плавання. Тренер весь час сидів у телефоні, діти самі по собі.', rating: 2 }).flags).not.toContain('loyal_customer');
  });

  it('«не бих ги препоръчал» is a complaint, bg', () => {
    expect(analyzeReviewLexicon({ text: 'Цените са нормални, но организацията куца. Не бих ги препоръчал на приятели.', rating: 3 }).category).not.toBe('not_negative');
  });
});

describe('whose copy of the contract says what; a school class is no praise', () => {
  it.each([
    ['ru', 'Договор на охрану склада. Мы расторгли его, как написано в нашем экземпляре договора, за 30 дней, а у охранной фирмы другая редакция приложения и они считают, что договор пролонгирован.'],
    ['uk', 'Договір на обслуговування ліфтів. У нашому примірнику договору строк повідомлення 30 днів, а в їхній редакції додатка — 90, і вони вважають договір пролонгованим.'],
    ['bg', 'Договор за поддръжка на асансьорите. В нашия екземпляр на договора пише 30 дни предизвестие, а в тяхната редакция на приложението — 90.'],
    ['en', 'Our firm gave 30 days notice as our copy of the contract says; the supplier insists their version of the schedule says 90 days and keeps invoicing us.'],
  ])('contract_dispute, %s', (_language, text) => {
    expect(readReview({ text, rating: 2 }).lexicon.scores.get('contract_dispute') ?? 0).toBeGreaterThanOrEqual(2);
  });

  it('«классы» of a school are not «класс!», ru', () => {
    expect(readReview({ text: 'Старшие классы занимают спортзал, а младшим классам остаётся коридор.' }).lexicon.scores.get('praise') ?? 0).toBe(0);
  });
});

describe('brought at the end of the day or the day after, in four languages', () => {
  it.each([
    ['ru', 'Торт заказывали к обеду на юбилей, привезли только к вечеру, гости уже разошлись.'],
    ['uk', 'Квіти на ранок для вчительки, а кур\'єр привіз аж увечері, свято пройшло.'],
    ['bg', 'Тортата трябваше да е за обяд, донесоха я чак вечерта, гостите си бяха тръгнали.'],
    ['en', 'Balloons for a 10am party and they turned up the following day. Useless.'],
  ])('delivery_problem, %s', (_language, text) => {
    expect(analyzeReviewLexicon({ text, rating: 1 }).category).toBe('delivery_problem');
  });
});
