/**
 * Legal words that are no threat to the business (label rules in test/fixtures/corpus/README.md), by family:
 * action declined, a police report against someone else, paperwork for the writer's own case, rhetoric, a legal
 * profession, a question others asked. Each family is checked with new wording next to a real threat that
 * must still count. The outsider set (outsider-reviews.jsonl) showed these families; the texts here are not its.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analyze';

const hasLegalFlag = (text: string, rating?: number) => analyzeReview({ text, rating }).flags.includes('legal_threat');

const NOT_A_THREAT: [family: string, text: string][] = [
  ['declined, ru', 'Кофемашину так и не починили за два месяца. Судиться из-за девяти тысяч мы, разумеется, не будем, но больше к вам ни ногой.'],
  ['declined, ru, our lawyer', 'Наш юрист прочитал договор поставки и сказал, что пункт о сроках размытый, так что судиться с вами не будем. Просто ищем другого поставщика.'],
  ['declined, uk', 'Судитися через дві тисячі гривень я, звісно, не збираюсь, але термін ремонту ви зірвали втретє.'],
  ['declined, bg', 'Няма да ви съдя за 40 лева, но повече не стъпвам в този сервиз. Колата пак тече.'],
  ['declined, en', "Honestly it's not worth suing over a $60 jacket, but the zipper broke on day two and nobody replies."],
  ['police on a thief, ru', 'В гардеробе у меня украли шарф, пока гардеробщица болтала по телефону, я написала заявление в полицию. Следить за вещами — ваша работа.'],
  ['police on neighbours, uk', 'Сусіди в апартаментах шуміли до ранку, ми двічі викликали на них поліцію. Адміністратор тільки розводив руками.'],
  ['police on a thief, bg', 'Откраднаха ми колелото от паркинга на хотела, подадох сигнал в полицията срещу крадеца. Камерите ви, оказва се, не работят.'],
  ['police on a thief, en', 'My bag was stolen from the locker room and I filed a report with the police, but the gym still charges me for the lost key.'],
  ['paperwork, ru', 'Нужна была выписка для суда по разделу имущества, в отделении продержали два часа и выдали с ошибкой в фамилии.'],
  ['paperwork, uk', 'Потрібна була довідка для суду щодо аліментів, а ваш сайт третій день видає помилку.'],
  ['paperwork, bg', 'Трябваше ми препис от договора за делото за наследството, а в офиса ме връщаха три пъти.'],
  ['paperwork, en', 'I needed a copy of my statement for my divorce lawyer and the bank took three weeks to post it.'],
  ['rhetoric, ru', 'Цены на кассе опять другие, чем на полке. Куда смотрит прокуратура, интересно?'],
  ['rhetoric, uk', 'За місяць тариф підняли вдвічі. Куди дивиться АМКУ?'],
  ['rhetoric, bg', 'Сметката за ток ми е тройна при същото потребление. Къде спи КЕВР?'],
  ['rhetoric, en', 'Junk fees everywhere on this booking site. Charging $30 to pick a seat should be illegal.'],
  ['profession, en', "I'm a paralegal and I read the fine print twice, and the warranty still doesn't cover a cracked screen? Ridiculous."],
  ['asked, en', 'Friends keep asking whether I will sue. No, I just want the leak under the sink fixed.'],
];

const STILL_A_THREAT: [family: string, text: string][] = [
  ['conditional, ru', 'Если до пятницы не вернёте 12 000, подаю в суд. Договор и чеки у меня на руках.'],
  ['police against the shop, ru', 'Продавец отказался вернуть деньги за подделку, завтра пишу заявление в полицию на ваш магазин.'],
  ['declined elsewhere, uk', 'Я не хотіла скандалу. Але якщо гроші не повернуть до понеділка, звернуся до Держспоживзахисту.'],
  ['lawyer, bg', 'Ако до края на месеца не ми възстановите парите, отивам при адвокат. Всички касови бележки пазя.'],
  ['regulator, en', "You charged me twice and ignored four emails. I'm filing a complaint with the BBB and the attorney general."],
];

describe('legal words that are no threat', () => {
  it.each(NOT_A_THREAT)('%s: no legal_threat flag', (_family, text) => {
    expect(hasLegalFlag(text, 2)).toBe(false);
  });

  it.each(STILL_A_THREAT)('%s: still a legal threat', (_family, text) => {
    expect(hasLegalFlag(text, 1)).toBe(true);
  });
});
