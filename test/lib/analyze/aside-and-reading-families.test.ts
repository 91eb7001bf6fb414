/**
 * Families the twenty-second outsider set showed, in new words and all four languages: legal words that are no
 * threat (a suit waved off in passing, damage done by strangers, a contract's clause on disputes, a lawyer who read
 * the contract before signing, lawyers as the customers, no time or wish to go to law); shouting that is not the
 * staff's (other guests, "shout out to", an app that throws the user out); loyalty said by years in words or by
 * repeat purchases; decline over time; the app's own errors; a bill against the price named first; a parcel sent
 * back or to an old address; a promise, then silence; a contract read two ways; a polite ask that never matched.
 * Set twenty-four added police reports on someone else and road accidents caused by someone else. Next to each
 * family, the wording that must not fire. The lexicon's own verdict is checked.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReviewLexicon } from '../../../lib/analyze';
import type { Category, Flag } from '../../../lib/taxonomy';

const flagsOf = (text: string, rating = 2): Flag[] => analyzeReviewLexicon({ text, rating }).flags;
const categoryOf = (text: string, rating = 2): Category => analyzeReviewLexicon({ text, rating }).category;

describe('legal words that are no threat against this business', () => {
  it.each([
    // A suit waved off in passing.
    'Не то чтобы я собиралась по судам ходить, но мастер испортил мне волосы и даже не извинился.',
    'Не те щоб я збиралася по судах ходити, але майстер зіпсував мені волосся і навіть не вибачився.',
    'Не че ще ходя по съдилища, но фризьорката ми съсипа косата и дори не се извини.',
    "Not that I'm going to sue anyone, but the stylist ruined my hair and never apologised.",
    // Damage done by strangers, reported to the police.
    'Ночью какие-то подростки разбили фару у машины на вашей стоянке. Заявление в полицию написал, а охраны не было.',
    'Вночі якісь підлітки подряпали машину на вашій парковці. Заяву в поліцію подав, а охорони не було.',
    'През нощта някакви хлапета надраскаха колата на паркинга ви. Подадох сигнал в полицията, а охрана нямаше.',
    'Overnight some kids smashed my wing mirror in your car park. Reported it to the police, but there was no security.',
    // A contract's own clause on where disputes go.
    'По договору споры решаются в суде по месту исполнителя, но мы хотим договориться: сайт сдали на два месяца позже.',
    'За договором усі спори вирішуються в судовому порядку, але ми хочемо домовитися: сайт здали на два місяці пізніше.',
    'The contract says any disputes are settled in court, but we would rather talk: the site went live two months late.',
    // A lawyer who read the contract before signing.
    'Our lawyer went through the lease before we signed, and nowhere does it mention a cleaning fee.',
    'Наш юрист переглянув договір перед підписанням, і там немає жодного слова про додаткову оплату.',
    'Адвокатът ни прегледа договора преди подписване и там няма нищо за допълнителна такса.',
    // Lawyers as the customers.
    'Заказывали кейтеринг на корпоратив нашей юридической фирмы, половины блюд не привезли.',
    "Booked the back room for my lawyer friends' dinner, the food came cold and the drinks never came.",
    // No time or wish to go to law.
    "I could take you to small claims, but it's not worth my time. Just refund the £30 for the broken kettle.",
    'Можно было бы и в суд подать, но мне не до этого. Верните деньги за сломанный чайник.',
    // A police report on someone else, and the police at a road accident someone else caused (set twenty-four).
    'Нашу кошку покусала собака соседа, заявление в полицию на хозяина подали. От клиники нужна только выписка, а её неделю не выдают.',
    'Після аварії поліція складала протокол на водія, який у мене врізався, а ваш евакуатор узяв утричі більше, ніж назвав диспетчер.',
    'След катастрофата полицията състави протокол на другия шофьор, а вашият пътна помощ поиска двойно повече от обещаното.',
    'After the crash the police were busy with the other driver, and your tow truck charged me double the quoted price.',
  ])('%s', (text) => {
    expect(flagsOf(text)).not.toContain('legal_threat');
  });
});

describe('the legal threats next to those still count', () => {
  it.each([
    'Подаю в суд: по договору сайт должен был заработать в марте, а его нет до сих пор.',
    'Our law firm will be filing a claim against you next week.',
    'Мой юрист уже готовит претензию по договору.',
    'Какие-то подростки тут ни при чём: это ваш охранник поцарапал машину, и я подаю на вас в суд.',
    'После ДТП ваш сервис полгода чинил машину и сделал хуже. Пишу заявление в прокуратуру на ваш автосервис.',
    'After the accident your garage kept my car for two months. My solicitor is sending you a letter before action.',
  ])('%s', (text) => {
    expect(flagsOf(text, 1)).toContain('legal_threat');
  });
});

describe('shouting that is not the staff’s', () => {
  it.each([
    'Соседи по номеру до утра пили и орали, а стены тонкие.',
    'Сусіди по поверху до ранку пили і горлали пісні, а стіни тонкі.',
    'Децата от съседната маса крещяха през цялата вечеря, а залата е малка.',
    'The kids at the next table were screaming the whole evening and the room is tiny.',
    'Shout out to Dana at the front desk, she sorted our room in two minutes!',
    'The app keeps kicking me out every time I open the basket.',
    'Приложение выкидывает на главный экран при оплате.',
  ])('%s', (text) => {
    expect(flagsOf(text)).not.toContain('staff_rudeness');
  });

  it.each([
    'Администратор орала на нас при всех.',
    'The manager kicked us out for asking about the bill.',
    'The waiter was shouting at my mum in front of everyone.',
  ])('staff shouting still is: %s', (text) => {
    expect(flagsOf(text)).toContain('staff_rudeness');
  });
});

describe('loyalty said by years in words or by repeat purchases', () => {
  it.each([
    'Покупаю у вас чай уже два года, а последняя пачка пахнет сыростью.',
    'Купую у вас каву вже три роки, а остання пачка гірка й пересмажена.',
    'Bought my last two laptops here and always get them repaired here. This time the screen came back scratched.',
    'We have used this sitter agency for every trip for years. This time nobody came and nobody told us.',
  ])('%s', (text) => {
    expect(flagsOf(text)).toContain('loyal_customer');
  });
});

describe('the ordinary topics in new words', () => {
  it.each<[string, Category]>([
    ['Приложение вторую неделю пишет «нет соединения с сервером», переустанавливал два раза.', 'service_outage'],
    ["Застосунок тиждень не вантажиться, а на уроці звук пропадає кожні п'ять хвилин.", 'service_outage'],
    ['Платформата не се зарежда, а звукът прекъсва на всеки пет минути.', 'service_outage'],
    ["The lesson platform won't load and the audio keeps cutting out.", 'service_outage'],
    ['На сайте 200 рублей в час, а на выходе насчитали 2400 за четыре часа.', 'billing_problem'],
    ['На сайті 50 грн за годину, а на виході нарахували 600 грн за чотири години.', 'billing_problem'],
    ['Посылку вернули отправителю на третий день, хотя срок хранения неделя.', 'delivery_problem'],
    ['Посилку повернули відправнику на третій день, хоча зберігання тиждень.', 'delivery_problem'],
    ['Върнаха пратката на подателя още на третия ден, а срокът е седмица.', 'delivery_problem'],
    ['The parcel was returned to sender after two days, though they hold them for a week.', 'delivery_problem'],
    ['My order went to my old flat although I changed the address weeks ago.', 'delivery_problem'],
    ['Агентката обеща да се обади до петък за огледа. Оттогава – тишина.', 'unresponsive_support'],
  ])('%s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('a contract read two ways is a dispute', () => {
  it.each([
    'Заказывали у агентства сайт. По договору «год поддержки»: мы понимаем это как доработки, агентство — только как исправление ошибок.',
    'Замовляли в агенції сайт. За договором «рік підтримки»: ми розуміємо це як доопрацювання, агенція — лише як виправлення помилок.',
    "We hired an agency for our site. Under the contract there's 'a year of support': we read it as small changes, they interpret the clause differently.",
  ])('%s', (text) => {
    expect(categoryOf(text)).toBe('contract_dispute');
  });
});

describe('a polite ask and a decline over time are complaints', () => {
  it.each([
    'Читальный зал шумный, сделайте хоть отдельную комнату для звонков.',
    'Уже не та пекарня, что раньше.',
    'Вече не е същият ресторант.',
    'Not the café it used to be.',
  ])('%s', (text) => {
    expect(categoryOf(text, 3)).not.toBe('not_negative');
  });

  it('«товари для тварин» is no insult', () => {
    expect(flagsOf('Ми магазин товарів для тварин, і студія зірвала терміни по сайту.')).not.toContain('abusive_language');
  });
});
