/**
 * Round 16 (outsider set rv28): families by language. Legal words that are no threat: the police called to a
 * fight the venue did not start, a police report on a possible theft by someone else. Rudeness: ignored on purpose,
 * sworn at (Bulgarian «изпсува»). Loyalty: a count of orders said as a floor ("at least 20 times"). Problems: half
 * an order missing or a wrong article on the box (delivery), a network gone with «ни … ни …» or a site that crashed
 * at a sale (outage), the price in the booking or estimate and a bigger bill (billing), thin walls and one
 * instructor for the hall or few tills open (ambience), loyalty points gone (billing), the same "we'll check and
 * call back" (unresponsive). Not rudeness: other places' manners held up as the contrast. Not loyalty: a text
 * message that "always came before" (Bulgarian). Rudeness: a customer told off as hysterical or blocked in the
 * messenger. The texts are new wording, not the set's own.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analyze';
import { findHits } from '../../../lib/analyze/hits';
import { signalsFor } from '../../../lib/analyze/signals';
import { tokenize } from '../../../lib/text';
import type { Language } from '../../../lib/taxonomy';

const analyze = (text: string, rating?: number) => analyzeReview({ text, rating });
const hasEvidence = (text: string, label: string) => analyze(text).evidence.some((e) => e.label === label);
const hitLabels = (text: string, language: Language) => findHits(tokenize(text, language), signalsFor(language)).map((h) => h.label);

describe('the police there for someone else (round 16)', () => {
  it.each([
    ['fight, ru', 'Ночью у бара была драка, приезжала полиция, но персонал тут ни при чём. А вот коктейли разбавленные.', 3],
    ['fight, uk', 'Під час фіналу поліція забирала двох хлопців через бійку на танцполі. Звук був поганий, бар повільний.', 3],
    ['fight, bg', 'Полицията дойде заради сбиване на паркинга, не е вина на заведението. Музиката обаче беше ужасно силна.', 3],
    ['fight, en', 'The cops turned up for a brawl in the car park, nothing to do with the pub. The food took an hour though.', 3],
    ['possible theft, en', 'I made a police report for a suspected parcel theft, yet the shop still refuses to resend my order.', 1],
    ['possible theft, ru', 'Написал заявление в полицию о вероятной краже посылки, а магазин до сих пор не отправил замену.', 1],
    ['possible theft, bg', 'Подадох сигнал в полицията за вероятна кражба на колета, а магазинът още не изпраща нов.', 1],
  ] as const)('no legal threat: %s', (_family, text, rating) => {
    expect(analyze(text, rating).flags).not.toContain('legal_threat');
  });

  it.each([
    ['police on the venue, ru', 'Охранник ударил моего мужа, заявление в полицию на ваш клуб уже написано.', 1],
    ['police on the venue, en', 'Your bouncer assaulted my brother and I am filing a police report against your bar.', 1],
  ] as const)('still a legal threat: %s', (_family, text, rating) => {
    expect(analyze(text, rating).category).toBe('legal_threat');
  });
});

describe('rudeness and loyalty (round 16)', () => {
  it.each([
    ['ignored on purpose, ru', 'Администратор игнорировала меня нарочно, минут двадцать переписывалась в телефоне.'],
    ['ignored on purpose, uk', 'Продавчиня ігнорувала нас спеціально, поки не договорила з подругою.'],
    ['ignored on purpose, bg', 'Служителката ме игнорира умишлено, докато си допиваше кафето.'],
    ['ignored on purpose, en', 'The host ignored us deliberately while seating people who came after us.'],
    ['sworn at, bg', 'Шофьорът на доставката ме изпсува, защото съм го накарал да се качи до третия етаж.'],
  ] as const)('staff rudeness: %s', (_family, text) => {
    expect(analyze(text, 1).flags).toContain('staff_rudeness');
  });

  it.each([
    ['ru', 'Покупал у вас кофе не меньше 30 раз, а сегодня зёрна пришли пережаренные и горькие.'],
    ['uk', 'Замовляла у вас квіти щонайменше 10 разів, а цього разу букет привезли зів’ялий.'],
    ['bg', 'Пазарувал съм от вас поне 15 пъти, а този път пратката дойде със счупена чаша.'],
    ['en', "I've booked with you more than 12 times and this is the first time the room wasn't cleaned."],
  ] as const)('a count of orders as a floor makes a loyal customer (%s)', (_language, text) => {
    expect(analyze(text, 2).flags).toContain('loyal_customer');
  });
});

describe('problem families (round 16)', () => {
  it.each([
    ['half missing, ru', 'Заказ из супермаркета: половины списка нет, зато положили чужой пакет с кормом.'],
    ['half missing, uk', 'Половини замовлення не привезли, а за все списали.'],
    ['half missing, bg', 'Половината от поръчката липсва, а куриерът вече си тръгна.'],
    ['half missing, en', 'Half my grocery order never arrived and the driver had already left.'],
    ['wrong article, ru', 'Пришла коробка, артикул на ней совсем другой, внутри не тот пылесос.'],
    ['wrong article, uk', 'Артикул на упаковці зовсім інший, ніж у замовленні.'],
    ['wrong article, bg', 'Артикулът на етикета е различен от поръчания.'],
    ['wrong article, en', 'The SKU on the label was a different one from what I paid for.'],
  ] as const)('a delivery problem phrase: %s', (_family, text) => {
    expect(hasEvidence(text, 'delivery_problem')).toBe(true);
  });

  it.each([
    ['ru', 'В деревне третий день нет ни связи, ни интернета, вышку никто не чинит.'],
    ['uk', 'У районі другу добу немає ні зв’язку, ні світла, оператор мовчить.'],
    ['bg', 'От вчера няма нито обхват, нито интернет в целия квартал.'],
    ['bg', 'Сайтът на театъра гръмна точно при старта на продажбата.'],
    ['ru', 'Сайт кинотеатра рухнул в момент старта продаж на премьеру.'],
  ] as const)('an outage phrase (%s)', (_language, text) => {
    expect(hasEvidence(text, 'service_outage')).toBe(true);
  });

  it.each([
    ['ru', 'Бронировали домик за 3000 в сутки, а при выезде выставили 4200 без объяснений.'],
    ['uk', 'Бронювали столик з депозитом 1000, а наприкінці нарахували ще 600 «за обслуговування».'],
    ['bg', 'Резервирах масаж за 60 лв, а на рецепцията ми взеха 85.'],
    ['en', 'They quoted $250 for the boiler service and the final invoice came to $610.'],
    ['ru', 'На ценнике 199, а на кассе пробили 259, пришлось спорить.'],
  ] as const)('a price promised and a bigger bill (%s)', (_language, text) => {
    expect(hasEvidence(text, 'billing_problem')).toBe(true);
  });
});

describe('second batch (round 16)', () => {
  it.each([
    ['ru', 'Копила баллы два года, а вчера увидела, что все баллы обнулились без предупреждения.'],
    ['uk', 'Накопичені бонуси зникли з картки, хоча термін дії ще не минув.'],
    ['bg', 'Бонус точките ми изчезнаха от картата, а на касата вдигат рамене.'],
    ['en', 'All my reward points vanished overnight and nobody can say why.'],
  ] as const)('loyalty points gone are a billing phrase (%s)', (_language, text) => {
    expect(hasEvidence(text, 'billing_problem')).toBe(true);
  });

  it.each([
    ['ru', 'Справку из бассейна ждём неделю, каждый раз «разберемся и перезвоним».'],
    ['uk', 'Про ремонт пральки щоразу одне: «уточнимо і передзвонимо». Минуло два тижні.'],
    ['bg', 'За поръчката на очилата всеки път „ще проверим и ще ви се обадим“ и нищо.'],
    ['en', "Every time I ring about the boiler part it's \"we'll look into it and call you back\"."],
  ] as const)('the same promise to call back is unresponsive support (%s)', (_language, text) => {
    expect(hasEvidence(text, 'unresponsive_support')).toBe(true);
  });

  it.each([
    ['ru', 'В пятницу вечером из 8 касс работают 3, очередь до хлеба.'],
    ['uk', 'Увечері з 7 кас працюють 2, черга через увесь зал.'],
    ['bg', 'В неделя от 5 каси работят 2 и опашката стига до млечните.'],
    ['en', 'On a Sunday only 2 tills open and the queue reaches the bakery.'],
  ] as const)('few tills open is the venue, not a broken system (%s)', (language, text) => {
    const labels = hitLabels(text, language);
    expect(labels).toContain('ambience');
    expect(labels).not.toContain('service_outage');
  });

  it.each([
    ['en', "I deliver for a food app. These guys always have the bags ready; most places treat us like we're a nuisance. Thanks!"],
    ['ru', 'Я курьер. Здесь всегда всё собрано к моему приходу, а в других местах относятся как к мебели. Спасибо!'],
  ] as const)('other places\' manners are no rudeness here (%s)', (_language, text) => {
    expect(analyze(text, 5).flags).not.toContain('staff_rudeness');
  });

  it('a text message that always came before is no loyal customer (bg)', () => {
    const text = 'Сметката за интернета дойде двойна. Известие, че съм превишил пакета, не получих, а преди винаги идваше.';
    expect(analyze(text, 1).flags).not.toContain('loyal_customer');
  });
});

describe('told off as hysterical, blocked in the messenger (round 16)', () => {
  it.each([
    ['ru', 'Спросила у тренера про перенос занятия, а она заблокировала меня в вотсапе.'],
    ['ru', 'Администратор на вопрос о возврате написала: «девушка, не истерите».'],
    ['uk', 'Менеджерка замість відповіді заблокувала мене у вайбері.'],
    ['bg', 'Помолих за фактура, а управителката ме блокира във вайбър.'],
    ['en', 'When I asked about the deposit the landlord\'s agent told me to stop being hysterical.'],
    ['en', 'The tutor blocked me on WhatsApp after I asked for the missed lesson back.'],
  ] as const)('staff rudeness (%s)', (_language, text) => {
    expect(analyze(text, 1).flags).toContain('staff_rudeness');
  });

  it('a bank blocking a card is no rudeness (ru)', () => {
    expect(analyze('Банк заблокировал мне карту в приложении, поддержка молчит.', 1).flags).not.toContain('staff_rudeness');
  });
});
