/**
 * Round 5 (outsider sets rv9 and rv10): legal words that are no threat to THIS business, by family, each next to
 * a threat of the same wording family that must still count. Families: a police report about a theft or a
 * pickpocket; a court case said outright not to be against the business, or called a separate matter; a paper
 * needed for some other court; a regulator declined over a small sum; "Part B" is not the BBB. Then the ordinary
 * complaints rv9/rv10 showed: a polite ask to give money back or check something in a 3–4★ review, a parcel
 * stuck "in transit", a card left instead of a delivery. The texts here are new wording, not the sets' own.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analyze';

const hasLegalFlag = (text: string, rating?: number) => analyzeReview({ text, rating }).flags.includes('legal_threat');

const NOT_A_THREAT: [family: string, text: string, rating?: number][] = [
  ['police about a theft, ru', 'У меня в кафе со спинки стула стащили сумку. Заявление в полицию о краже я написала сама, а официант только пожал плечами.', 2],
  ['pickpocket, uk', 'У трамваї витягли гаманець із карткою, заяву до поліції я подала того ж дня. Перевипуск картки чекаю вже третій тиждень, у чаті мовчать.', 2],
  ['police about a theft, bg', 'Подадох сигнал в полицията за кражбата на колелото от двора, а от вас искам само записа от камерата. Пиша ви от 10 дни.', 2],
  ['police about a theft, en', 'Filed a police report about the theft of my scooter from your car park, but nobody at the front desk will even look at the cameras.', 2],
  ['not against you, ru', 'Мне нужна выписка из карты для суда (дело не против вас, это ДТП). Жду её уже три недели, по телефону никто не отвечает.', 1],
  ['not against you, bg', 'Трябва ми медицинско удостоверение за съда, делото не е срещу вас. Чакам вече месец, на регистратурата не вдигат.', 1],
  ['separate matter, uk', 'Заяву в поліцію на шахрая я вже подав, це окрема тема. Від вас прошу лише зняти оголошення, а підтримка відповідає шаблоном.', 1],
  ['not against you, en', "I need my dental records for court — the case isn't against you. Three calls and two emails later, still nothing.", 1],
  ['paper for another court, bg', 'Трябва ми копие от фактурата, нужно ми е за съда по делото с бившия наемодател. Никой не отговаря на имейли.', 2],
  ['paper for another court, ru', 'Копия чеков нужны мне для суда по делу о разделе имущества, а магазин третью неделю обещает их поднять из архива.', 2],
  ['regulator declined, bg', 'Таксуваха ме два пъти за едно кафе. Няма да ходя до КЗП за 2 лева, но внимавайте с бележките.', 2],
  ['regulator declined, ru', 'Пробили пакет два раза. Не пойду в Роспотребнадзор из-за десяти рублей, но проверяйте чеки.', 2],
  ['Part B, en', 'Do you accept Medicare Part B for the shingles vaccine, or is it only under Part D?'],
];

const STILL_A_THREAT: [family: string, text: string, rating?: number][] = [
  ['police against the shop, ru', 'Мне продали краденый телефон, и это ваш салон. Пишу заявление в полицию на ваш магазин.', 1],
  ['court in a district court, bg', 'Делото вече е заведено в Районен съд – Варна, там ще обяснявате защо не върнахте парите.', 1],
  ['a case the shop lost, ru', 'Дело в районном суде магазин проиграл ещё в мае, а деньги мне до сих пор не выплатили. Директор трубку не берёт.', 1],
  ['court named with a district, uk', 'Подала позов до районного суду, бо за пів року ви так і не повернули гроші за зіпсований диван.', 1],
  ['regulator not declined, bg', 'Ако не ми върнете парите до петък, ще подам сигнал в КЗП.', 1],
  ['BBB, en', 'Charged twice for one cleaning and nobody calls back. Filing a BBB complaint tomorrow.', 1],
  ['Better Business Bureau, en', 'Three weeks without my refund. I am reporting you to the Better Business Bureau.', 1],
];

describe('legal words aimed elsewhere (round 5 families)', () => {
  it.each(NOT_A_THREAT)('no legal threat: %s', (_family, text, rating) => {
    expect(hasLegalFlag(text, rating)).toBe(false);
  });

  it.each(STILL_A_THREAT)('still a legal threat: %s', (_family, text, rating) => {
    const analysis = analyzeReview({ text, rating });
    expect(analysis.flags).toContain('legal_threat');
    expect(analysis.category).toBe('legal_threat');
  });
});

describe('ordinary complaints of services (round 5 families)', () => {
  it.each([
    ['uk', 'Смачна кава і привітні бариста. Але в чеку порахували два круасани замість одного, поверніть, будь ласка, 58 грн.', 4],
    ['ru', 'Кальян хороший, музыка отличная. Только счёт пробили с лишним десертом — верните, пожалуйста, разницу на карту.', 4],
    ['en', 'Dr. Lee is great with the kids. The waiting room has no changing table though — please look into adding one.', 4],
  ] as const)('a polite ask to fix something among praise is a complaint to handle (%s)', (_language, text, rating) => {
    expect(analyzeReview({ text, rating }).category).not.toBe('not_negative');
  });

  it.each([
    ['ru', 'Заказала запчасти для стиральной машины, уже третью неделю статус «в пути», в пункте выдачи ничего не знают.', 1],
    ['uk', 'Посилка з документами вже два тижні в дорозі, статус не змінюється, на гарячій лінії кажуть чекати.', 1],
    ['en', "The courier left a 'sorry we missed you' card again, though I was home all afternoon. Third time this week.", 1],
  ] as const)('a parcel stuck in transit or a card instead of a delivery is a delivery problem (%s)', (_language, text, rating) => {
    expect(analyzeReview({ text, rating }).category).toBe('delivery_problem');
  });

  it.each([
    ['ru', 'Отличный массаж, мастер внимательная, вернусь ещё. Пожалуйста, продолжайте в том же духе!', 5],
    ['en', 'Please look at their new menu, everything we tried was delicious. Maybe the best brunch in town!', 5],
  ] as const)('praise that says "please" is still praise (%s)', (_language, text, rating) => {
    expect(analyzeReview({ text, rating }).category).toBe('not_negative');
  });
});
