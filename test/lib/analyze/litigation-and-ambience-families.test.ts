/**
 * Families the eighth outsider set (rv7 in test/fixtures/corpus/outsider-reviews.jsonl) showed the lexicon did not
 * know, in new words and all four languages: a lawsuit already under way (appeal, first instance); the law named and
 * let go («ну да ладно»); a police report against whoever did it; shouting in any form, a customer chased out; loyalty
 * said roughly («лет семь покупаю») or as a status tier ("Gold member"); a parcel stuck on the way, a delivery date
 * that keeps moving; a discount refused at the till, a quote that became a bigger bill; a result not what was asked;
 * being passed back and forth; a lease changed on one side; mild complaints after praise (noise, smoke, cold, crowds).
 * Next to each family, the wording that must not fire. The lexicon's own verdict is checked, so it holds whatever the
 * category model weighs.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReviewLexicon } from '../../../lib/analyze';
import type { Category, Flag } from '../../../lib/taxonomy';

const flagsOf = (text: string, rating = 1): Flag[] => analyzeReviewLexicon({ text, rating }).flags;
const categoryOf = (text: string, rating = 2): Category => analyzeReviewLexicon({ text, rating }).category;

describe('a lawsuit already under way is a legal threat', () => {
  it.each([
    'Судился с ними полгода, в первой инстанции проиграл, подал апелляцию. Посмотрим.',
    'Суджуся з магазином через бракований холодильник, зараз готуємо апеляцію.',
    'Съдих се с тях за ремонта, загубих на първа инстанция и обжалвах.',
    'Lost at first hearing, so we filed an appeal against the dealership last week.',
  ])('%s', (text) => {
    expect(flagsOf(text)).toContain('legal_threat');
  });
});

describe('legal words that are no threat against this business', () => {
  it.each([
    // The law named and let go in the same breath.
    'Скидку урезали без предупреждения — по-моему, это нарушение закона о защите прав потребителей, ну да ладно.',
    'Бонуси списали без попередження, це порушення закону про захист прав споживачів, ну та гаразд.',
    // A police report against whoever did it.
    'Кто-то получил мою посылку по поддельной доверенности. Написал заявление в полицию на того, кто расписался, а от вас жду ответа, где курьер.',
    'Подадох сигнал в полицията срещу онзи, който е получил пратката с моето име, а от вас искам името на куриера.',
    'Someone signed for my parcel. I filed a report with the police against whoever signed, but I still need the courier to tell me where he left it.',
  ])('%s', (text) => {
    expect(flagsOf(text, 2)).not.toContain('legal_threat');
  });
});

describe('shouting in any form and chasing a customer out', () => {
  it.each([
    'Касирка почала кричати на мене через те, що я попросив пакет.',
    'Охранник начал орать, что мы тут мешаем, и выгоняет нас на улицу.',
    'Адміністраторка виганяє відвідувачів за пів години до закриття.',
    'Шофьорът се разкрещя пред целия блок и ми хвърли кашона в краката.',
    'The cashier started yelling because I asked for a receipt, then kicked us out.',
  ])('%s', (text) => {
    expect(flagsOf(text)).toContain('staff_rudeness');
  });

  it.each([
    "Кур'єр не хамив, ввічливо привітався, але посилку віддав сусідам.",
    'Діти в залі кричать, але це ж дитяче кафе, нормально.',
    // Throwing the parcel over a gate is the delivery's fault, not rudeness to the customer.
    'The courier was polite enough, but he threw the box over the fence and left.',
  ])('%s → no rudeness', (text) => {
    expect(flagsOf(text, 3)).not.toContain('staff_rudeness');
  });
});

describe('loyalty said roughly or as a status tier', () => {
  it.each([
    'Лет десять заказываю у вас пиццу, а сегодня привезли холодную.',
    'Каждый день второй год беру у вас кофе, сегодня он был горький.',
    'Років п’ять купую тут м’ясо, а вчорашня вирізка з запахом.',
    'Золотая карта, а кассир даже не посмотрел на скидку.',
    'Златна карта от години, а ме накараха да чакам 40 минути.',
    'Platinum member and I still got the worst seat on the plane.',
  ])('%s', (text) => {
    expect(flagsOf(text, 2)).toContain('loyal_customer');
  });

  it.each(['Лет пять назад тут было лучше, сейчас так себе.', 'Gold jewellery counter was closed all afternoon.'])('%s → no loyalty', (text) => {
    expect(flagsOf(text, 2)).not.toContain('loyal_customer');
  });
});

const CATEGORY_FAMILIES: [string, Category][] = [
  // A parcel stuck on the way, a delivery date that keeps moving.
  ['Посылка 12 дней висит в сортировочном центре, трек не обновляется.', 'delivery_problem'],
  ['Посилка вже тиждень висить у Львові, ніхто нічого не пояснює.', 'delivery_problem'],
  ['Шафу мали привезти у вівторок, потім у п’ятницю, зараз знову переносять.', 'delivery_problem'],
  ['Пратката стои в депото в Пловдив от десет дни.', 'delivery_problem'],
  ['My package has been stuck in Memphis for nine days.', 'delivery_problem'],
  // A discount refused at the till, a quote that became a bigger bill.
  ['На касі знижку не дали, хоча акція була на цінику.', 'billing_problem'],
  ['Сказали, что замена сцепления будет стоить 25 000, а счёт вышел на 41 000.', 'billing_problem'],
  ['Казаха ми, че ремонтът ще струва 200 лв., а сметката излезе 390 лв.', 'billing_problem'],
  ["The store wouldn't honor the coupon printed in their own flyer.", 'billing_problem'],
  // A result not what was asked.
  ['Просила каре до плечей, вийшло коротше за вуха.', 'product_defect'],
  ['Исках светъл кестеняв цвят, а получих почти черна коса.', 'product_defect'],
  // Passed back and forth between two parties.
  ['Банк отправляет в магазин, магазин в банк, гоняют туда-сюда уже месяц.', 'unresponsive_support'],
  ['Продавець і сервіс переводять стрілки один на одного, а я без телефону.', 'unresponsive_support'],
  // A lease or contract changed on one side.
  ['Орендодавець в односторонньому порядку підняв ставку, додаткову угоду ми не підписували.', 'contract_dispute'],
  ['Наемодателят едностранно промени сроковете по договора.', 'contract_dispute'],
];

describe('topics said in new ways', () => {
  it.each(CATEGORY_FAMILIES)('%s → %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('mild complaints after praise are complaints', () => {
  it.each([
    'Кухня хорошая, но музыка орёт так, что друг друга не слышно.',
    'Номери чисті, але в ресторані холодно, всі сидять в куртках.',
    'Храната е вкусна, но пушат на всяка маса и излизаш с мирис на цигари.',
    'Food was great but the tables are crammed together and it was so loud.',
  ])('%s', (text) => {
    expect(categoryOf(text, 3)).not.toBe('not_negative');
  });

  it.each([
    'Дуже затишно, не холодно навіть у морози, рекомендую!',
    'Great smoky barbecue flavour, friendly staff, will be back.',
    'Подскажите, можно приехать живой очередью или только по записи?',
  ])(
    '%s → not negative',
    (text) => {
      expect(categoryOf(text, 5)).toBe('not_negative');
    },
  );
});

/** The ninth outsider set (rv8) and a one-line threat: no complaint word is needed when the review threatens to sue. */
describe('a bare threat to sue, and declined or aimed-elsewhere legal steps', () => {
  it.each(['Подаю в суд.', 'Если деньги не вернут до пятницы, я подам в суд.', 'Ще ви съдя.'])('%s is a legal threat with no rating', (text) => {
    expect(analyzeReviewLexicon({ text }).flags).toContain('legal_threat');
  });

  it.each([
    'Списали дважды. Судиться из-за 2 300 я, понятное дело, не собираюсь, но верните деньги, пожалуйста.',
    'У договорі є пункт про повернення. До юристів доводити не хочемо, просимо просто виконувати договір.',
    'Не искам да викам полиция, хора сме, но намалете музиката след полунощ.',
    'Someone got into my account through a phishing text. I reported it to the police the same day. The bank has bounced me around since.',
    'Трябва ми бележка от училището, че детето учи при вас – за съда е, по делото за издръжка. Колко дни отнема?',
    'Спасибо юристу Анне, помогла подать иск в суд, всё выиграли!',
  ])('%s', (text) => {
    expect(analyzeReviewLexicon({ text }).flags).not.toContain('legal_threat');
  });
});
