/**
 * False alarms that reached users, each with the wording it fired on, and the bad wording next to it that
 * must still be flagged: tightening a rule must not switch it off.
 */
import { describe, expect, it } from 'vitest';
import { lintReply } from '../../../lib/lint';
import type { Language } from '../../../lib/taxonomy';
import type { LintContext } from '../../../lib/types';

type Case = [context: LintContext & { language: Language }, text: string];

/** Warnings and errors a user sees on `text`, as "rule «span»"; whole-reply structure hints aside. */
function flagged([context, text]: Case): string[] {
  return lintReply(text, context)
    .filter((d) => d.severity !== 'info' && d.class !== 'structure')
    .map((d) => `${d.rule} «${text.slice(d.start, d.end)}»`);
}

function classesOf([context, text]: Case): string[] {
  return lintReply(text, context).map((d) => d.class);
}

const legal: Pick<LintContext, 'category' | 'flags'> = { category: 'legal_threat', flags: ['legal_threat'] };

describe('stays clean', () => {
  it.each<[string, Case]>([
    [
      'uk: "дитина" is a child, not the baby talk "дитино"',
      [
        { language: 'uk', category: 'delivery_problem', flags: ['public_escalation'], customerName: 'Віталій' },
        'Віталію, доброго дня. Два місяці переносів і подряпана стільниця — це дуже прикро, особливо з малою дитиною. Щиро перепрошуємо. Керівник монтажного відділу зателефонує вам сьогодні.',
      ],
    ],
    [
      'uk: "вашу дитину налякали"',
      [
        { language: 'uk', category: 'staff_rudeness', flags: ['staff_rudeness'], customerName: 'Наталія' },
        'Наталіє, нам дуже прикро, що вашу дитину так налякали. Ми вже запросили записи з камер і проводимо перевірку. Напишіть нам на admin@trc.example, щоб ми розповіли про результати.',
      ],
    ],
    [
      'uk: "вибачте за незручності" closing a sentence that names the problem',
      [
        { language: 'uk', category: 'service_outage' },
        'Доброго дня! Сьогодні зранку у нас справді був збій, через який застосунок не відкривався, — вибачте за незручності. О 10:50 все відновили. Якщо заставка досі висить, напишіть нам у чат.',
      ],
    ],
    [
      'uk: "дякуємо, що написали, і вибачте за незручності" before a concrete fix',
      [
        { language: 'uk', category: 'delivery_problem', flags: ['customer_fault_possible'] },
        'Доброго дня! Дякуємо, що написали, і вибачте за незручності. Курʼєр мав зателефонувати вам перед поверненням посилки. Доставимо її повторно безкоштовно: напишіть у чат зручний день.',
      ],
    ],
    [
      'bg: "се извиняваме за неудобството" and "ще го вземем предвид" about a named mistake',
      [
        { language: 'bg', category: 'delivery_problem', flags: ['customer_fault_possible'] },
        'Здравейте! Благодарим, че ни писахте, и се извиняваме за неудобството. Куриерът трябваше да ви звънне, преди да върне пратката - ще го вземем предвид. Можем да я доставим повторно безплатно: пишете ни в чата удобен ден.',
      ],
    ],
    [
      'bg: "кажете, че е по повод отзив" is what to say on the phone, not bureaucratese',
      [
        { language: 'bg', category: 'staff_rudeness', flags: ['staff_rudeness'] },
        'Здравейте! Пишете, че операторката е затворила с думите „нямам време за вас“ - така не се говори с клиенти и се извиняваме. Ще прослушаме записите. Обадете се на 0800 11 222 и кажете, че е по повод отзив - ще ви свържат с отговорника на смяната.',
      ],
    ],
    [
      'bg: "съжаляваме, че сте останали с такова впечатление" followed by a next step',
      [
        { language: 'bg', ...legal },
        'Здравейте. Много съжаляваме, че сте останали с такова впечатление. Искаме да изясним какво се е случило, но данните не можем да обсъждаме публично. Моля, пишете ни на care@shop.example - ще се свържем с вас до 24 часа.',
      ],
    ],
    [
      'en: a letter passed to the lawyers is a process, not a threat',
      [{ language: 'en', ...legal }, 'Hello Mark, we have passed your letter to our lawyers, they will reply to you by Friday. You can also email claims@shop.example.'],
    ],
    [
      'ru: вопрос передан юристу, чтобы ответить точно',
      [{ language: 'ru', ...legal }, 'Здравствуйте. Мы передали ваш вопрос юристу, чтобы ответить точно: наш юрист подготовит ответ на вашу претензию до пятницы. Пишите на claims@insurance.example.'],
    ],
    [
      'uk: питання передали юристу, щоб відповісти точно',
      [{ language: 'uk', ...legal }, 'Доброго дня. Ми передали ваше питання юристу і керівнику відділу врегулювання, щоб відповісти вам точно. Напишіть на claims@insurance.example номер поліса.'],
    ],
    [
      'bg: въпросът е предаден на юриста, за да отговорим точно',
      [{ language: 'bg', ...legal }, 'Здравейте. Предадохме въпроса на нашия юрист, за да ви отговорим точно и без грешки. Моля, пишете ни на care@shop.example номера на поръчката.'],
    ],
    [
      'ru: a brand name in Latin capitals is not shouting',
      [
        { language: 'ru', category: 'general_complaint' },
        'Игорь, спасибо, что рассказали о завтраке, — мы уже обсудили меню с шеф-поваром. Будем рады видеть вас снова. С уважением, команда MRIYA RESORT & SPA',
      ],
    ],
    [
      'ru: a limit said with what we can do instead («повлиять не можем, но … в наших силах»)',
      [{ language: 'ru', category: 'general_complaint' }, 'Экзамен принимает инспектор, и на его решение мы повлиять не можем, но подготовить вас лучше в наших силах.'],
    ],
    [
      'uk: «таке трапляється … і ми підкажемо, як це обійти»',
      [{ language: 'uk', category: 'service_outage' }, 'Схоже, банк не підтвердив оплату; таке трапляється з деякими картками, і ми підкажемо, як це обійти.'],
    ],
    [
      'ru: «дороги» (the road) before «гость» is not «дорогой гость»',
      [{ language: 'ru', category: 'general_complaint' }, 'Вы совершенно правы: после долгой дороги гость вправе рассчитывать на тишину.'],
    ],
    [
      'en: "Dear customer" when the review gave no name is only a hint',
      [{ language: 'en', category: 'billing_problem' }, "Dear customer, we're sorry for the confusion over the overdraft fee. Please call our helpline on 0800 123 4567."],
    ],
    [
      'en: "normal for a few days, but … please call us" is an honest limit',
      [{ language: 'en', category: 'general_complaint' }, 'Some soreness is normal for a few days, but what you describe should be looked at, so please call us on 020 7946 0321 tomorrow.'],
    ],
    [
      'ru: a limit said with «к сожалению» is explained, not brushed off (h63)',
      [{ language: 'ru', category: 'product_defect' }, 'Жанна, к сожалению, подшитые брюки мы не можем принять обратно: после подгонки ткань уже не продать.'],
    ],
    [
      'uk: «так буває, поки …» explains a cause',
      [{ language: 'uk', category: 'product_defect' }, 'Найчастіше так буває, поки колодки ще не притерлися до ротора; майстер налаштує це за 15 хвилин.'],
    ],
    [
      'bg: a signature with the company name in capitals («Екипът на ЕЛЕКТРО ЮГ»)',
      [{ language: 'bg', category: 'unresponsive_support' }, 'Съжаляваме за забавянето, търсете ни на 0800 1 8888. Екипът на ЕЛЕКТРО ЮГ'],
    ],
    [
      'bg: «никой няма да бъде санкциониран» promises nobody is punished',
      [{ language: 'bg', category: 'billing_problem' }, 'Грешката е в нашия софтуер и никой няма да бъде санкциониран за закъсняло плащане на тези суми.'],
    ],
    [
      'en: a hotel name in capitals after "at" is not shouting',
      [
        { language: 'en', category: 'general_complaint', customerName: 'Linda' },
        "Linda, thank you for writing about your stay at THE HARBOUR VIEW HOTEL, and we're truly sorry your room wasn't ready. Please email info@harbourview.example and we will arrange an upgrade.",
      ],
    ],
    [
      'ru: "к таким случаям" is not "такое случается"',
      [{ language: 'ru', category: 'staff_rudeness', flags: ['staff_rudeness'] }, 'Анна, мы относимся к таким случаям очень серьёзно и уже проверяем записи камер. Напишите нам на care@shop.example.'],
    ],
    [
      'en: a promise declined ("I can\'t promise we\'ll never …") is the honest limit',
      [{ language: 'en', category: 'service_outage' }, "I can't promise we'll never have downtime again, but every affected account is getting a month's credit."],
    ],
    [
      'bg: «Не можем да обещаем, че никога повече …»',
      [{ language: 'bg', category: 'service_outage' }, 'Не можем да обещаем, че никога повече няма да има прекъсване, но начисляваме един безплатен месец.'],
    ],
    [
      'ru: «Не можем обещать, что это никогда больше не повторится»',
      [{ language: 'ru', category: 'delivery_problem' }, 'Не можем обещать, что такое никогда больше не повторится, но мы изменили проверку заказов.'],
    ],
    [
      'en: "if it isn\'t gone within 24 hours" of a fee',
      [{ language: 'en', category: 'service_outage' }, "I've asked our team to reverse the cancellation fee; if it isn't gone within 24 hours, tap Help and we'll sort it there."],
    ],
    [
      'bg: «представяме си колко страшно е било» is empathy',
      [{ language: 'bg', category: 'unresponsive_support' }, 'Много съжаляваме, че никой не Ви върна обаждането — представяме си колко страшно е било.'],
    ],
    [
      'uk: «Так, у всіх магазинах …» answers a question',
      [{ language: 'uk', category: 'not_negative' }, 'Так, у всіх магазинах ЕКОМАРКЕТ можна здати скляну тару й отримати бонуси на картку.'],
    ],
    [
      'ru: «ой, как обидно» is sympathy, not a mock',
      [{ language: 'ru', category: 'delivery_problem' }, 'Ольга, ой, как обидно — ждать кроссовки неделю и получить не тот размер 😔 Простите нас, замену отправим сегодня.'],
    ],
    [
      'ru: a missed visit we caused («если из-за сбоя вы пропустили визит»)',
      [{ language: 'ru', category: 'service_outage' }, 'Если из-за сбоя вы пропустили визит, напишите нам — подберём новое время без предоплаты.'],
    ],
    [
      'ru: «о сорванном сроке» quotes the review, it admits nothing',
      [{ language: 'ru', category: 'contract_dispute', customerName: 'Дмитрий' }, 'Дмитрий, спасибо, что открыто написали о сорванном сроке релиза. Напишите, пожалуйста, на accounts@devbridge.example, и мы подберём время встречи.'],
    ],
    [
      'uk: «так буває з лінзами без покриття» names a cause',
      [{ language: 'uk', category: 'product_defect' }, 'Найчастіше так буває з лінзами без захисного покриття, і нам варто було докладніше розповісти про нього.'],
    ],
    [
      'bg: a name in capitals in quotation marks is not shouting',
      [{ language: 'bg', category: 'loyal_customer' }, 'Елена, за нас е чест, че вече пето лято избирате ХОТЕЛ „МОРСКА ЗВЕЗДА“, и съжаляваме за стаята.'],
    ],
  ])('%s', (_name, reply) => {
    expect(flagged(reply)).toEqual([]);
  });
});

it('does not read "По повод Вашето запитване Ви" as "по ваша вина" ("вина" stems like "ви")', () => {
  const reply: Case = [{ language: 'bg', category: 'billing_problem' }, 'По повод Вашето запитване Ви информираме, че сумата е възстановена.'];
  expect(classesOf(reply)).not.toContain('blame_customer');
});

it('does not read a record followed by "but let\'s check together" as an argument', () => {
  const checked: Case = [{ language: 'uk' }, 'За трекером кур\'єр був біля під\'їзду о 19:40, але ми все одно перевіримо, на який номер він телефонував.'];
  const argued: Case = [{ language: 'uk' }, 'За трекером кур\'єр був біля під\'їзду о 19:40.'];
  expect(classesOf(checked)).not.toContain('argue');
  expect(classesOf(argued)).toContain('argue');
});

it('reads a word with a digit in it ("CA12" of a postcode, "MP3") as a code, not as a word in capitals', () => {
  const reply: Case = [{ language: 'en', category: 'contract_dispute' }, 'Our office will post the revised invoice to Keswick CA12 4RT by Friday.'];
  expect(classesOf(reply)).not.toContain('shouting');
});

describe('still flags', () => {
  it.each<[string, Case, string]>([
    ['uk: baby talk', [{ language: 'uk' }, 'Не переживайте так, дитино, посилка вже в дорозі.'], 'condescension'],
    ['uk: a bare "перепрошуємо за незручності"', [{ language: 'uk' }, 'Ваша думка дуже важлива для нас. Перепрошуємо за незручності.'], 'dry'],
    ['bg: "за причиненото неудобство"', [{ language: 'bg' }, 'Извиняваме се за причиненото неудобство.'], 'dry'],
    ['bg: "по повод постъпилия сигнал"', [{ language: 'bg' }, 'По повод постъпилия сигнал беше извършена проверка.'], 'formal'],
    ['bg: "съжаляваме, ако сте останали с такова впечатление"', [{ language: 'bg' }, 'Съжаляваме, ако сте останали с такова впечатление.'], 'dry'],
    ['en: "our lawyers will deal with you"', [{ language: 'en' }, 'Our lawyers will deal with you.'], 'threat'],
    ['en: "see you in court"', [{ language: 'en' }, 'Remove this review or we will see you in court.'], 'threat'],
    ['uk: insults recorded by the lawyer', [{ language: 'uk' }, 'Усі ваші образи зафіксовані нашим юристом.'], 'threat'],
    ['bg: insults documented by the lawyer', [{ language: 'bg' }, 'Всичките ви обиди са документирани от нашия адвокат.'], 'threat'],
    [
      'uk: a threat after a negated condition ("якщо … не буде видалено, ми подамо позов")',
      [{ language: 'uk' }, 'Проте якщо цей відгук не буде видалено, ми подамо позов про захист ділової репутації.'],
      'threat',
    ],
    ['ru: "такое бывает"', [{ language: 'ru' }, 'Ну, такое бывает. Ждите.'], 'dismissive'],
    ['ru: capitals in Cyrillic', [{ language: 'ru' }, 'МЫ НИЧЕГО НЕ НАРУШАЛИ, читайте договор.'], 'shouting'],
    ['ru: a limit with no way round is still a brush-off', [{ language: 'ru' }, 'На решение инспектора мы повлиять не можем, обращайтесь в ГИБДД.'], 'dismissive'],
    ['uk: «таке трапляється» with only a wait is still a brush-off', [{ language: 'uk' }, 'Таке трапляється, посилка приїде.'], 'dismissive'],
    ['en: "Dear customer" when the review named the customer', [{ language: 'en', customerName: 'Tom' }, 'Dear customer, thank you for your feedback.'], 'formal'],
    ['en: a short word in capitals is stress, not an acronym', [{ language: 'en' }, 'Swearing at our team online is NOT okay.'], 'shouting'],
    ['ru: «НЕ» in capitals is stress', [{ language: 'ru' }, 'Это НЕ наша вина, курьер работает по графику.'], 'shouting'],
    ['bg: «БЕЗ» in capitals is stress', [{ language: 'bg' }, 'Картата е БЕЗ възстановяване на суми, пише го на рецепцията.'], 'shouting'],
    ['en: "NO" in capitals is stress', [{ language: 'en' }, 'There are NO refunds on sale items.'], 'shouting'],
    ['en: a shouted sentence after a preposition is not a name', [{ language: 'en' }, 'Returns are accepted AT THE DOOR WE DO NOT TAKE CARDS.'], 'shouting'],
    ['en: "for PAID SESSIONS ONLY" after a preposition is a rule shouted, not a name', [{ language: 'en' }, 'Lockers are for PAID SKATING SESSIONS ONLY.'], 'shouting'],
    ['bg: «Благодарим, че споделихте.» alone is the template', [{ language: 'bg', category: 'general_complaint' }, 'Благодарим, че споделихте. Поздрави от екипа!'], 'dry'],
    ['en: a promise made is still an overpromise', [{ language: 'en' }, "I promise we'll never have downtime again."], 'overpromise'],
    ['bg: a promise made is still an overpromise', [{ language: 'bg' }, 'Обещаваме, че никога повече няма да има прекъсване.'], 'overpromise'],
    ['en: "if it isn\'t taken down by Friday"', [{ language: 'en' }, "If it isn't taken down by Friday, our lawyers will be in touch."], 'removal_request'],
    ['en: "if the review isn\'t gone by tomorrow"', [{ language: 'en' }, "If the review isn't gone by tomorrow, we will act."], 'removal_request'],
    ['bg: «Олеле, колко страшно» is still a mock', [{ language: 'bg' }, 'Олеле, колко страшно — кафето ви е било хладко.'], 'mockery'],
    ['uk: «Так у всіх провайдерів» still files the problem as universal', [{ language: 'uk' }, 'Так у всіх провайдерів, почекайте.'], 'dismissive'],
    ['ru: «Ой, какая трагедия» is still a mock', [{ language: 'ru' }, 'Ой, какая трагедия — пицца остыла.'], 'mockery'],
    ['ru: «Вы пропустили звонок курьера» still blames', [{ language: 'ru' }, 'Вы пропустили звонок курьера, поэтому заказ вернулся.'], 'blame_customer'],
    ['ru: «Мы сорвали сроки» still admits liability', [{ language: 'ru', category: 'contract_dispute' }, 'Мы сорвали сроки по договору и возместим все убытки.'], 'liability'],
    ['bg: a sentence in capitals after a quote is still shouting', [{ language: 'bg' }, 'Казахте „НЕ“ И НИЕ НЕ СМЕ ВИНОВНИ ЗА НИЩО.'], 'shouting'],
  ])('%s', (_name, reply, cls) => {
    expect(classesOf(reply)).toContain(cls);
  });
});
