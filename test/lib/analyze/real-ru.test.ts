/**
 * Russian phrasing families that real reviews (hotels on Yandex Maps, banks on banki.ru and sravni.ru) use:
 * written for this file in the way those customers write, not copied from the corpus. The lexicon decides
 * the flags and the highlighted evidence, so that is what these cases pin; the category model on top of it
 * is retrained separately.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analyze';
import type { Flag } from '../../../lib/taxonomy';

const flagsOf = (text: string, rating?: number) => analyzeReview({ text, rating }).flags;

/** The highlighted words of one label, as the user sees them in the review. */
function highlighted(text: string, label: string, rating?: number): string[] {
  return analyzeReview({ text, rating })
    .evidence.filter((e) => e.label === label)
    .map((e) => text.slice(e.start, e.end));
}

describe('loyalty: years, "since", regular visits, a premium client', () => {
  it.each([
    ['Езжу в этот отель с 2016 г., но этим летом сервис просто развалился.', 2],
    ['Несколько лет плачу здесь ипотеку, и впервые столкнулась с таким бардаком.', 1],
    ['Пользуюсь банком более двух лет, теперь закрываю все счета.', 1],
    ['Постоянно приезжаем сюда всей семьёй, но в этот раз номер был грязный.', 2],
    ['Отдыхаем тут не в первый раз, раньше такого не было.', 3],
    ['Являюсь премиальным клиентом, а менеджер не может ответить на простой вопрос.', 1],
    ['Вот так банк относится к старым клиентам: без предупреждения закрыли вклад.', 1],
  ])('%s', (text, rating) => {
    expect(flagsOf(text, rating)).toContain<Flag>('loyal_customer');
  });

  it.each([
    ['Под окнами постоянно ездят грузовики, спать невозможно.', 2],
    ['С 2020 года не платил страховку, и банк поднял ставку.', 1],
    ['Подключили программу лояльности, а баллы так и не пришли.', 1],
    ['Кредит плачу 16 числа каждого месяца, а платёж опять не списали.', 1],
  ])('not loyalty: %s', (text, rating) => {
    expect(flagsOf(text, rating)).not.toContain<Flag>('loyal_customer');
  });
});

describe('staff rudeness: hanging up, tone, "second-class people"', () => {
  it.each([
    ['Оператор дважды вешал трубку, как только я начинала задавать вопросы.', 1],
    ['Администратор разговаривала в приказном тоне и отвернулась к телефону.', 1],
    ['К гостям, которые приехали не на дорогой машине, тут относятся как к людям второго сорта.', 1],
    ['Официантка была крайне нелюбезна и швырнула меню на стол.', 2],
  ])('%s', (text, rating) => {
    expect(flagsOf(text, rating)).toContain<Flag>('staff_rudeness');
  });

  it('"мат. капитал" is no swearing', () => {
    const text = 'Хотела погасить часть ипотеки мат капиталом, в отделении не смогли разобраться.';
    expect(flagsOf(text, 1)).not.toContain<Flag>('staff_rudeness');
  });
});

describe('abusive language: what the reviewer calls the business', () => {
  it('"банк дно" and "вы просто мошенники" are insults', () => {
    expect(flagsOf('Банк дно. Вы просто мошенники, не связывайтесь с ними.', 1)).toContain<Flag>('abusive_language');
  });

  it('"тупо" (just) and "действуете как обманщики" are not', () => {
    const text = 'Пришлось тупо стоять в очереди час. Списали плату за уведомления, действуете как обманщики.';
    expect(flagsOf(text, 1)).not.toContain<Flag>('abusive_language');
  });
});

describe('customer fault possible: an insurance that lapsed, a card dropped by accident', () => {
  it.each([
    ['Ставку по ипотеке подняли до 11%, потому что я вовремя не продлил полис страхования жизни.', 1],
    ['Карту случайно обронил в такси, а перевыпуск ждать месяц.', 1],
  ])('%s', (text, rating) => {
    expect(flagsOf(text, rating)).toContain<Flag>('customer_fault_possible');
  });
});

describe('billing wording of mortgage and card holders', () => {
  it.each([
    ['В одностороннем порядке увеличили ставку по ипотеке, объяснить никто не может.', 'увеличили ставку'],
    ['Страховку предоставила месяц назад, а ставку не понизили до сих пор.', 'ставку не понизили'],
    ['Обещанный кешбэк не начислили, в чате отвечают шаблонами.', 'кешбэк не начислили'],
    ['Третий день заморозка средств на счёте, пенсию снять не могу.', 'заморозка средств'],
  ])('%s', (text, phrase) => {
    expect(highlighted(text, 'billing_problem', 1)).toContain(phrase);
  });
});

describe('hotel rooms and food are the product', () => {
  it.each([
    ['Номер уставший, мебель обшарпана, в душе налёт.', 'налёт в душе'],
    ['В номере грязно, пыль на полках и под кроватью.', 'грязно'],
    ['Завтрак однообразный, мясо пересушенное, всё безвкусное.', 'пересушенное'],
    ['Кондиционер не справляется, в номере душно даже ночью.', 'Кондиционер не справляется'],
  ])('%s', (text, phrase) => {
    expect(highlighted(text, 'product_defect', 2).join(' | ')).toContain(phrase.split(' ')[0]);
  });

  it('construction noise behind the hotel is no broken product', () => {
    const text = 'Рядом стройка, шумит техника с утра до ночи.';
    expect(highlighted(text, 'product_defect', 2)).toEqual([]);
  });

  it('an overdue mortgage payment is no expired food', () => {
    const text = 'Из-за банка у меня образовалась просрочка по ипотеке.';
    expect(highlighted(text, 'product_defect', 1)).toEqual([]);
  });
});

describe('support that gives no answer', () => {
  it.each([
    ['Год не могла добиться ответа, где моя закладная.', 'не могла добиться ответа'],
    ['Гоняют из одного отделения в другое, никто ничего не знает.', 'из одного отделения в другое'],
    ['Сотрудники в офисе так и не смогли разобраться с моим вопросом.', 'смогли разобраться'],
  ])('%s', (text, phrase) => {
    expect(highlighted(text, 'unresponsive_support', 1).join(' | ')).toContain(phrase);
  });
});
