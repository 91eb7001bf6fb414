/**
 * A police report or lawyer said to be about the neighbours; staff who reproach, throw things at the customer,
 * call them names in quotes or mock them for the whole shop; loyalty said by "the third year I bring", "with you
 * from the start" or a count of past orders; the price expected against what came out; speed in scare quotes on a
 * delivery; a booking system down; nobody picking up, a ticket closed unanswered; screenshots in a parents' chat.
 * The texts are new wording, in all four languages.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analyze';

type Case = [family: string, text: string, rating?: number];

const NOT_THREATS: Case[] = [
  ['the police about the neighbours, ru', 'Лифт стоит третью неделю, заявки в управляющую копятся. Полицию я вызывала, но это по поводу соседей с их перфоратором, к вам вопросов нет.', 2],
  ['the police about the neighbours, uk', 'Домофон не працює з жовтня. До поліції я ходила, але це щодо сусідів, які паркуються на газоні, а тут просто ніхто нічого не робить.', 2],
  ['the police about the neighbours, bg', 'Асансьорът не работи от месец. Обаждах се в полицията, но това беше за съседите с кучето, а за асансьора никой нищо не прави.', 2],
  ['the police about the neighbours, en', 'Heating has been off for two weeks. I did call the police last month, but that was about the neighbours partying, not you. Still nobody fixes the boiler.', 2],
];

describe('a legal step about someone else, in four languages', () => {
  it.each(NOT_THREATS)('no threat: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).flags).not.toContain('legal_threat');
  });

  it('a threat to the business next to the neighbours stays a threat, ru', () => {
    const text = 'Полицию я вызывала по поводу соседей. А на вас я подаю в суд за залитую квартиру.';
    expect(analyzeReview({ text, rating: 1 }).category).toBe('legal_threat');
  });
});

const RUDENESS: Case[] = [
  ['rudeness reproached, ru', 'Тренер в бассейне сказал дочке, что она плавает как топор. Взрослый человек не имеет права так разговаривать с ребёнком.', 2],
  ['rudeness reproached, uk', 'Вчителька англійської сказала синові, що він безнадійний. Педагог не має права так розмовляти з дитиною.', 2],
  ['a box thrown at the customer, ru', 'Кладовщица кинула мне посылку через окно выдачи, даже не посмотрев, и ушла курить.', 2],
  ['a box thrown at the customer, bg', 'Служителят в склада хвърли ми пакета на плота и се обърна към телефона си.', 2],
  ['called names in quotes, ru', 'Кассир назвала меня «тормоз», потому что я долго искала карту. Очень неприятно.', 2],
  ['called names in quotes, uk', 'Продавчиня назвала мене «бабцею» і сказала не затримувати чергу.', 2],
  ['called names in quotes and laughed with a colleague, bg', 'Сервитьорката ме нарече „чичко“ и се изсмя с колегата си, докато си броях парите.', 2],
  ['a gibe for the whole pharmacy, uk', 'Попросив щось від печії, а фармацевтка на всю аптеку «Менше треба жерти на ніч» і черга заіржала.', 2],
  ['a sneer at the counter, en', 'Brought my old camera in for a quote and the guy at the desk sneered at it and slid it back without a word.', 2],
  ['called names in quotes, en', 'The bartender called me "sweetheart" in that tone and laughed with his coworker when I asked for the card machine.', 2],
];

describe('staff who reproach, throw things, call names or mock, in four languages', () => {
  it.each(RUDENESS)('staff_rudeness: %s', (_family, text, rating) => {
    const analysis = analyzeReview({ text, rating });
    expect(analysis.category).toBe('staff_rudeness');
    expect(analysis.flags).toContain('staff_rudeness');
  });
});

const LOYAL: Case[] = [
  ['the year said first, ru', 'Пятый год стригусь у вас, а тут мастер срезала половину длины без спроса.', 2],
  ['the year said first, uk', 'Третій рік воджу до вас кота на щеплення, а цього разу переплутали вакцину.', 2],
  ['the year said first, bg', 'Четвърта година водя детето на уроци при вас, а сега сменихте учителя без да ни кажете.', 2],
  ['with you from the start, ru', 'Я с вами с самого начала, ещё с первой точки на рынке. Теперь хлеб черствый уже утром.', 2],
  ['a count of past orders, uk', 'Понад 300 замовлень у вашому застосунку, а тепер мій акаунт просто заблокували без пояснень.', 2],
  ['bringing pets for years, en', 'Been taking my cats to this clinic for 6 years and today they lost the blood results twice.', 2],
  ['buying here for years, en', 'Been buying my running shoes here since 2014 and today they refused to swap a pair with the tags still on.', 2],
  ['a count of past orders, en', 'Over 400 rides with this app and they suspended my account for "suspicious activity" with no explanation.', 2],
];

describe('loyalty said by the years, the start or the count, in four languages', () => {
  it.each(LOYAL)('loyal_customer: %s', (_family, text, rating) => {
    const analysis = analyzeReview({ text, rating });
    expect(analysis.category).toBe('loyal_customer');
    expect(analysis.flags).toContain('loyal_customer');
  });

  it('a problem counted in years is no loyalty, ru', () => {
    expect(analyzeReview({ text: 'Третий год у вас одно и то же: сломанный лифт и грязный подъезд.', rating: 1 }).flags).not.toContain('loyal_customer');
  });
});

const TOPICS: [family: string, text: string, rating: number, category: string][] = [
  ['the price expected against what came out, ru', 'Думал, чистка зубов будет 4 000, как по прайсу на сайте, а вышло 9 800 с какими-то полировками.', 3, 'billing_problem'],
  ['the bill in the end, ru', 'Договаривались про покраску забора. По итогу счёт на 31 тысячу вместо восемнадцати.', 2, 'billing_problem'],
  ['the price expected against what came out, uk', 'Думала, стрижка собаки буде 700, як у прайсі, а вийшло 1500 разом з якимись процедурами.', 3, 'billing_problem'],
  ['paid more in the end, bg', 'По телефона ми казаха, че смяната на гумите е 60 лв, а накрая платих 110 без никакво обяснение.', 3, 'billing_problem'],
  ['"fast" delivery in quotes, ru', 'Спасибо за «быструю» доставку дивана: обещали три дня, везли три недели.', 1, 'delivery_problem'],
  ['"express" delivery in quotes, uk', 'Оплатив «експрес» доставку квітів на ранок, а привезли о восьмій вечора.', 1, 'delivery_problem'],
  ['"lightning" delivery in quotes, bg', 'Мерси за „светкавичната“ доставка на бюрото, само 19 дни. Работя на кухненската маса.', 1, 'delivery_problem'],
  ['"speedy" delivery in quotes, en', 'Loved the "speedy" delivery on my printer ink, ten days for two cartridges.', 1, 'delivery_problem'],
  ['a booking system down, ru', 'Система записи к врачу лежит уже третий день, талоны взять невозможно.', 2, 'service_outage'],
  ['a booking system down, uk', 'Система онлайн-запису на басейн лежить із суботи, місця не взяти.', 2, 'service_outage'],
  ['nobody picks up, uk', 'Залишив ноутбук у ремонті місяць тому. Телефон сервісу то зайнятий, то ніхто не бере.', 1, 'unresponsive_support'],
  ['a ticket closed unanswered, en', 'Asked twice whether the course certificate comes in English. Both tickets got closed after a week without a single reply from anyone.', 2, 'unresponsive_support'],
];

describe('price expected, speed in quotes, a system down, nobody there, in four languages', () => {
  it.each(TOPICS)('%s', (_family, text, rating, category) => {
    expect(analyzeReview({ text, rating }).category).toBe(category);
  });
});

const ESCALATION: Case[] = [
  ['screenshots in the parents\' chat, ru', 'Воспитатель накричала на детей за пролитый компот. Скриншоты переписки уже в родительском чате группы.', 1],
  ['screenshots in the parents\' chat, uk', 'Тренерка відмовилась повертати гроші за пропущені заняття. Скріни вже в батьківському чаті.', 1],
  ['the parents\' group chat, en', 'The after-school club lost my son for twenty minutes. I\'ve posted the whole story in the parents chat.', 1],
];

describe('screenshots taken to a parents\' chat, in three languages', () => {
  it.each(ESCALATION)('public_escalation: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).flags).toContain('public_escalation');
  });

  it('school groups in a museum are no escalation, en', () => {
    expect(analyzeReview({ text: 'Packed with school groups, could not see a single painting properly.', rating: 2 }).flags).not.toContain('public_escalation');
  });
});

const GENERAL: Case[] = [
  ['no sleep for the noise, ru', 'Гостиница в целом ничего, но стены никакие, за окном трасса, выспаться нереально. Беруши не помогли.', 3],
  ['quiet hours not kept, uk', 'Гуртожиток для студентів: правил тиші ніхто не дотримується, на поверсі до ранку музика, заснути неможливо.', 2],
  ['sirens all night, bg', 'Апартаментът е хубав и чист, но под прозореца минават линейки със сирени цяла нощ. Ако спите леко, търсете друго.', 3],
  ['impossible to sleep, en', 'Nice enough guesthouse but it sits above a nightclub and it was impossible to sleep before 3am. Bring earplugs if you are a light sleeper.', 3],
  ['calls on speaker in a quiet coworking, uk', 'Коворкінг гарний, але всі говорять на гучному зв\'язку, а я очікував тиші за свої гроші.', 2],
];

describe('noise that keeps one awake is a general complaint, in four languages', () => {
  it.each(GENERAL)('general_complaint: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).category).toBe('general_complaint');
  });

  it('«тиша» as the only answer is still an unanswered customer, uk', () => {
    const text = 'Тричі писав у підтримку щодо заблокованого акаунта. У відповідь тиша.';
    expect(analyzeReview({ text, rating: 1 }).category).toBe('unresponsive_support');
  });
});

const CONTRACTS: Case[] = [
  ['the annex and a change only by agreement, ru', 'Договор на обслуживание кондиционеров в нашем офисе, в приложении к договору график визитов раз в квартал. Приехали один раз за год, а теперь выставили повышение цены, хотя изменения только по согласованию сторон.', 2],
  ['the annex and a change only by agreement, uk', 'Маємо договір на охорону складу, у додатку до договору два обходи на ніч. Робили один, а тепер хочуть підняти ціну, хоча зміни лише за згодою сторін.', 2],
  ['the annex and a change only by agreement, bg', 'Договорът за поддръжка на сайта ни, в приложението към договора пише 10 часа месечно. Сега фактурират 16 часа, а промени се правят само със съгласие на страните.', 2],
  ['an exit fee not in the signed agreement, en', 'Our restaurant ended the linen service with the notice the contract asks for, and they billed a termination fee that is nowhere in the contract we signed.', 2],
];

describe('a B2B contract\'s annex, change clause or exit fee makes the dispute, in four languages', () => {
  it.each(CONTRACTS)('contract_dispute: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).category).toBe('contract_dispute');
  });
});

const LAWYER_FOUND_US_AT_FAULT: Case[] = [
  ['a lawyer husband found us at fault, ru', 'Сняли абонентскую плату за фитнес, хотя мы не ходили. Брат у меня адвокат, прочитал оферту — формально мы сами виноваты, заморозку надо было оформлять заранее. Но хоть бы предупредили.', 2],
  ['a lawyer wife found us at fault, uk', 'Списали гроші за продовження підписки на журнал. Дружина юристка, перечитала умови — формально ми самі винні, скасовувати треба було за тиждень. Але можна ж було нагадати.', 2],
  ['a lawyer sister found us at fault, bg', 'Удържаха ни такса за анулиране на резервацията. Сестра ми е юрист, прочете условията и формално сме си виновни, но можеше поне да ни напомнят.', 2],
  ['a lawyer brother found it on us, en', 'They charged the renewal on my gym card. My brother is a lawyer, read the small print, technically it\'s on us, but a reminder email would have been nice.', 2],
];

describe('a lawyer in the family who found the writer at fault is no threat, in four languages', () => {
  it.each(LAWYER_FOUND_US_AT_FAULT)('no threat: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).flags).not.toContain('legal_threat');
  });

  it('own fault admitted, then a suit after "but", stays a threat, ru', () => {
    const text = 'Я сама виновата, что не проверила коробку при курьере, но в суд на вас всё равно подам.';
    expect(analyzeReview({ text, rating: 1 }).flags).toContain('legal_threat');
  });
});

describe('boots are no chatbot, ru and uk', () => {
  it.each([
    ['ru', 'Купила ботинки на зиму, через две недели подошва отклеилась по всему краю.'],
    ['uk', 'Купила ботинки на зиму, за два тижні підошва відклеїлась по всьому краю.'],
  ])('no unanswered-support cue from «ботинки», %s', (_language, text) => {
    const analysis = analyzeReview({ text, rating: 1 });
    expect(analysis.category).toBe('product_defect');
    expect(analysis.evidence.map((e) => e.label)).not.toContain('unresponsive_support');
  });

  it('a chatbot that answers nothing is still unresponsive support, ru', () => {
    expect(analyzeReview({ text: 'Третий день общаюсь с ботом, живого оператора так и не дали.', rating: 1 }).category).toBe('unresponsive_support');
  });
});
