/**
 * Wording that real reviews use and the dev corpus did not (paraphrased from the real-review sample scored by
 * test/eval/run.ts; the corpus itself is not copied here): regulators, app-store bug reports, refunds that never
 * came, courier names that repeat, and the words that only look like a category.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analyze';
import type { Category } from '../../../lib/taxonomy';

const CASES: [text: string, rating: number | undefined, category: Category][] = [
  // A regulator named with a report or complaint verb is a legal threat.
  ['They took 5,000 AED from my account and nobody explains why. I will be reporting them to the central bank.', 1, 'legal_threat'],
  ['Complete frauds. I will be raising a complaint to DFSA and Central Bank.', 1, 'legal_threat'],
  ['Претензию в банк и другие органы направлю, если ставку не исправят!', 1, 'legal_threat'],
  ['Гроші не повернули, тому звернуся до відділу захисту прав споживачів.', undefined, 'legal_threat'],
  // App-store bug reports.
  ['Pathetic app, most of the time it is getting stuck while making payment.', 1, 'service_outage'],
  ['Always showing a blank page whenever I open the app. What is the problem?', 1, 'service_outage'],
  ['We can\'t see our balance in our accounts, kindly fix it.', 1, 'service_outage'],
  ['Not able to make payment or transfer money to my own bank account.', 1, 'service_outage'],
  ['Вчора було оновлення програми, і тепер нічого не працює на сайті, не можу оформити замовлення.', undefined, 'service_outage'],
  // Money that did not come back.
  ['The recharge got cancelled twice, 400 was cut from my account and I haven\'t got my money back in two weeks.', 1, 'billing_problem'],
  ['Банкомат вернул карту, а деньги не выдал! При этом с карты их списали.', 1, 'billing_problem'],
  ['Открыла карту под акцию, баллы так и не начислили, ответа жду два месяца.', 1, 'billing_problem'],
  // Staff.
  ['Девушка-инструктор весь час закатывала глаза и разговаривала с нами через губу.', 2, 'staff_rudeness'],
  ['На входе сотрудница не пустила к терминалу: «вас сегодня не примут». Что это за отношение к клиенту?', 1, 'staff_rudeness'],
  // Delivery in Ukrainian shop reviews.
  ['Замовив 8 числа і досі не відправили, а обіцяли доставку за два дні.', undefined, 'delivery_problem'],
  ['Чохли прислали не ті, що замовляв, хоча менеджер двічі уточнював.', undefined, 'delivery_problem'],
  // Not negative.
  ['I had some technical issues with my account, thanks to Ghulam who helped me a lot. Appreciate it!', 5, 'not_negative'],
];

describe('real-review wording', () => {
  it.each(CASES)('%s → %s', (text, rating, category) => {
    expect(analyzeReview({ text, rating }).category).toBe(category);
  });
});

describe('words that only look like a category', () => {
  it('citing the consumer-protection law is not a legal threat', () => {
    const a = analyzeReview({
      text: 'Мені нав\'язали послугу за 500 гривень, яку я не замовляв. Це пряме порушення статті 17 закону про захист прав споживачів.',
    });
    expect(a.flags).not.toContain('legal_threat');
    expect(a.category).toBe('billing_problem');
  });

  it('a complaint raised with the bank itself is not a legal threat', () => {
    const a = analyzeReview({
      text: 'Big time fraud: random deductions every month. We have to raise complaint every time with no response.',
      rating: 1,
    });
    expect(a.flags).not.toContain('legal_threat');
    expect(a.category).toBe('billing_problem');
  });

  it('"please help" is a plea, not praise', () => {
    const a = analyzeReview({ text: 'Sir please help me, I get fraudulent messages asking for money, please help.', rating: 1 });
    expect(a.category).not.toBe('not_negative');
  });

  it('a courier named again and again does not turn a defect into a delivery problem', () => {
    const a = analyzeReview({
      text:
        'Телефон після ремонту знову несправний. Відправив Новою поштою, отримав на Новій пошті, знову відправив Новою поштою — несправність залишилася.',
    });
    expect(a.category).toBe('product_defect');
  });

  it('a hair straightener stolen from the changing room is not hair in the food', () => {
    const a = analyzeReview({ text: 'Из раздевалки украли утюжок для волос, на ресепшене никакой реакции.', rating: 1 });
    expect(a.category).toBe('unresponsive_support');
  });

  it('the bill arriving fast is not a billing problem', () => {
    const a = analyzeReview({
      text: 'The steak was undercooked inside. Only thing that came fast was the bill, it just appeared.',
      rating: 1,
    });
    expect(a.category).toBe('product_defect');
  });
});
