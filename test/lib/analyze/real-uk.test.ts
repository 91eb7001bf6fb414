/**
 * Ukrainian phrasing families that real shop reviews use (hotline.ua: online shops, service centres, couriers),
 * written for this test rather than copied from the corpus. They pin the Ukrainian lexicon's own verdict
 * (lib/analyze/classify.ts on the signal hits), which is what lib/analyze/signals/uk.ts decides: the flags
 * shown to the agent and the category the lexicon hands to the category model.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/analyze/classify';
import { findHits } from '../../../lib/analyze/hits';
import { signalsFor } from '../../../lib/analyze/signals';
import type { Category, Flag } from '../../../lib/taxonomy';
import { tokenize } from '../../../lib/text';

function lexiconVerdict(text: string, rating: number | undefined) {
  const set = signalsFor('uk');
  return classify(findHits(tokenize(text, 'uk'), set), rating);
}

const CATEGORIES: [text: string, rating: number | undefined, category: Category][] = [
  // A part missing from the box or an order the shop cancelled is the shipment's problem, even next to a fault.
  ['Пилосос прийшов без зарядного і без інструкції, а одна щітка виявилась бракована.', 1, 'delivery_problem'],
  ['У посилці не вистачало двох кріплень, хоча в описі комплектація повна.', 2, 'delivery_problem'],
  ['Оплатив одразу, а через три дні кажуть що товару немає і замовлення анульоване.', 1, 'delivery_problem'],
  ['Замовлення досі не відправляють, хоча гроші взяли ще в понеділок.', 1, 'delivery_problem'],
  // A refund asked for in a defect story is part of the return; a refund that never arrives is billing.
  ['Навушники перестали працювати, віддав у сервісний центр, попросив повернути гроші.', 1, 'product_defect'],
  ['Повернула бракований чайник місяць тому, кошти досі не повернули.', 1, 'billing_problem'],
  ['Обіцяють повернути кошти вже третій тиждень і ніяк не повернуть.', 1, 'billing_problem'],
  ['За доставку з мене стягнули 150 грн, хоча на сайті була безкоштовна.', 1, 'billing_problem'],
  // A tracking number is what a delivery complaint is about, not a problem by itself.
  ['Трекінг-номер прислали, але пральна машина приїхала з тріснутим баком.', 2, 'product_defect'],
];

const FLAGS: [text: string, rating: number | undefined, flag: Flag, expected: boolean][] = [
  // Loyalty: a habit of buying here, many orders, years; one or two orders are not loyalty.
  ['Завжди купляла техніку тільки тут, але цього разу телевізор привезли з подряпиною.', 2, 'loyal_customer', true],
  ['Неодноразово замовляв у цьому магазині і проблем не було, а тепер тиждень не можу дочекатись посилку.', 2, 'loyal_customer', true],
  ['Я клієнт цього магазину з 2014 року і вперше зіткнувся з таким ставленням.', 1, 'loyal_customer', true],
  ['Всього зробив близько 15 замовлень, а тепер повернення грошей тягнуть місяць.', 1, 'loyal_customer', true],
  ['Залишив у них не одну десятку тисяч гривень, а гарантію зробити не можуть.', 1, 'loyal_customer', true],
  ['Замовляла тут всього два рази, і обидва рази доставка запізнилась.', 1, 'loyal_customer', false],
  ['10 квітня 2021 року зробила замовлення, досі нічого не прийшло.', 1, 'loyal_customer', false],
  ['Кур\'єр сказав, що в нього ще багато замовлень, і поїхав.', 2, 'loyal_customer', false],
  // Staff rudeness: the tone of a named employee, a hung-up phone.
  ['Оператор роздратовано відповідав, постійно перебивав і зрештою повісив слухавку.', 1, 'staff_rudeness', true],
  ['Менеджер спілкувався так, ніби я йому винен, і всім виглядом показував, що я заважаю.', 1, 'staff_rudeness', true],
  ['Продавець був не дуже люб\'язний, але телефон поміняли швидко.', 3, 'staff_rudeness', true],
  ['Неповага до покупців у цьому магазині повна: акції не діють, знижки не нараховують.', 1, 'staff_rudeness', false],
  // Legal: a consumer-rights office named as where the writer will go.
  ['Гроші не повертають, думаю звертатись до управління з прав споживачів.', 1, 'legal_threat', true],
  // Public escalation: a post elsewhere or a review reposted after deletion; a bare warning is not.
  ['Мій відгук на сайті видалили, тому пишу тут і напишу в фейсбуці теж.', 1, 'public_escalation', true],
  ['Цю історію розповідаю всім друзям і колегам.', 1, 'public_escalation', true],
  ['Будьте обережні з цим магазином.', 1, 'public_escalation', false],
  ['Зняв відео розпаковки, а бонус за нього так і не нарахували.', 2, 'public_escalation', false],
  // The customer's own part or an incompatible part.
  ['Сам винен, що забрав планшет не перевіривши, але зарядка не працювала з першого дня.', 2, 'customer_fault_possible', true],
  ['Планка пам\'яті виявилась несумісна з моєю материнкою, а обміняти відмовляються.', 2, 'customer_fault_possible', true],
  ['Може я щось не так натиснула, але гроші списали двічі.', 2, 'customer_fault_possible', true],
  ['Не зрозуміло, коли нарешті приїде моє замовлення.', 1, 'customer_fault_possible', false],
];

describe('Ukrainian lexicon on real-review wording', () => {
  it.each(CATEGORIES)('%s → %s', (text, rating, category) => {
    expect(lexiconVerdict(text, rating).category).toBe(category);
  });

  it.each(FLAGS)('%s → %s %s', (text, rating, flag, expected) => {
    expect(lexiconVerdict(text, rating).flags.includes(flag)).toBe(expected);
  });
});
