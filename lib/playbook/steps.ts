/**
 * Every step an agent may be asked to take, each traced to the seed article it comes from
 * (../shared/seeds/). Which steps a case gets is decided in rules.ts.
 */
import type { PlaybookStep } from './types';

const S000 = '000_80fc09d476383fe4.txt';
const S001 = '001_99740eb2e90c6ca5.txt';
const S002 = '002_24e291e7fef570d7.txt';
const S003 = '003_7ad9d4295cb499bc.txt';
const S004 = '004_979f1354f07788b1.txt';

export const STEPS = [
  // ── before replying ────────────────────────────────────────────────────────────────────────────
  {
    id: 'legal-consult-lawyer',
    phase: 'before',
    blocking: true,
    seed: S000,
    text: {
      en: 'Talk to a lawyer before you post anything, above all in public.',
      ru: 'Прежде чем что-либо публиковать, проконсультируйтесь с юристом.',
      uk: 'Перш ніж щось публікувати, порадьтеся з юристом.',
      bg: 'Преди да публикувате каквото и да е, се консултирайте с юрист.',
    },
  },
  {
    id: 'respond-quickly',
    phase: 'before',
    seed: S001,
    text: {
      en: 'Answer soon: a long silence sends the customer to complain on forums and social media.',
      ru: 'Ответьте быстро: долгое молчание отправляет клиента жаловаться в соцсети и на форумы.',
      uk: 'Відповідайте швидко: довге мовчання відправляє клієнта скаржитися в соцмережі й на форуми.',
      bg: 'Отговорете бързо: дългото мълчание праща клиента да се оплаква във форуми и социални мрежи.',
    },
  },
  {
    id: 'rudeness-respond-now',
    phase: 'before',
    seed: S000,
    text: {
      en: 'React today: with rudeness, delay reads as not caring.',
      ru: 'Отреагируйте сегодня же: при жалобе на грубость медлительность выглядит как пренебрежение.',
      uk: 'Відреагуйте сьогодні ж: коли скаржаться на грубість, зволікання виглядає як зневага.',
      bg: 'Реагирайте още днес: при оплакване от грубост забавянето изглежда като пренебрежение.',
    },
  },
  {
    id: 'calm-first',
    phase: 'before',
    seed: S004,
    text: {
      en: 'Reply only once you are calm; if the review stings, take a break first.',
      ru: 'Отвечайте, только когда успокоились; если отзыв задел, сначала сделайте паузу.',
      uk: 'Відповідайте, лише коли заспокоїлися; якщо відгук зачепив, спершу зробіть паузу.',
      bg: 'Отговорете едва когато сте спокойни; ако отзивът ви е засегнал, първо направете пауза.',
    },
  },
  {
    id: 'abusive-no-mirror',
    phase: 'before',
    seed: S001,
    text: {
      en: 'Do not take the insults personally and do not answer in kind: what you write will be remembered and shared.',
      ru: 'Не принимайте оскорбления на свой счёт и не отвечайте тем же: ответ запомнят и разнесут по сети.',
      uk: 'Не сприймайте образи особисто й не відповідайте тим самим: відповідь запам’ятають і рознесуть мережею.',
      bg: 'Не приемайте обидите лично и не отговаряйте със същото: отговорът ще бъде запомнен и разпространен.',
    },
  },
  {
    id: 'collect-facts',
    phase: 'before',
    seed: S004,
    text: {
      en: 'Find out exactly who did what, when, and what came of it; listen and ask before you judge.',
      ru: 'Выясните, кто именно и что сделал, когда и к чему это привело; сначала слушайте и спрашивайте.',
      uk: 'З’ясуйте, хто саме і що зробив, коли і до чого це призвело; спершу слухайте й питайте.',
      bg: 'Разберете кой точно какво е направил, кога и до какво е довело; първо слушайте и питайте.',
    },
  },
  {
    id: 'find-cause',
    phase: 'before',
    seed: S001,
    text: {
      en: 'Check with the team what the cause was, objectively and without mutual blame.',
      ru: 'Выясните с командой причину — объективно, без взаимных обвинений.',
      uk: 'З’ясуйте з командою причину — об’єктивно, без взаємних звинувачень.',
      bg: 'Изяснете с екипа причината — обективно, без взаимни обвинения.',
    },
  },
  {
    id: 'delivery-check-status',
    phase: 'before',
    seed: S001,
    text: {
      en: 'Check where the order really is (warehouse, courier) before promising a date.',
      ru: 'Проверьте, где заказ на самом деле (склад, курьер), прежде чем обещать сроки.',
      uk: 'Перевірте, де замовлення насправді (склад, кур’єр), перш ніж обіцяти терміни.',
      bg: 'Проверете къде всъщност е поръчката (склад, куриер), преди да обещавате срок.',
    },
  },
  {
    id: 'contract-lead-answers',
    phase: 'before',
    seed: S004,
    text: {
      en: 'The account lead answers personally; do not hand the client to a junior or avoid them.',
      ru: 'Отвечает руководитель лично: не избегайте клиента и не поручайте разговор подчинённым.',
      uk: 'Відповідає керівник особисто: не уникайте клієнта й не доручайте розмову підлеглим.',
      bg: 'Отговаря лично ръководителят: не избягвайте клиента и не прехвърляйте разговора на подчинени.',
    },
  },
  {
    id: 'contract-identify-client',
    phase: 'before',
    seed: S004,
    text: {
      en: 'Make sure who the client is: a social media account can be anyone.',
      ru: 'Убедитесь, кто именно клиент: аккаунт в соцсети можно завести на кого угодно.',
      uk: 'Переконайтеся, хто саме клієнт: акаунт у соцмережі можна завести на будь-кого.',
      bg: 'Уверете се кой точно е клиентът: профил в социална мрежа може да е на всеки.',
    },
  },
  // ── in the reply ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'use-name',
    phase: 'reply',
    seed: S001,
    text: {
      en: 'Make it personal: address the customer by name if they gave one.',
      ru: 'Ответ должен быть личным: обратитесь к клиенту по имени, если оно известно.',
      uk: 'Відповідь має бути особистою: зверніться до клієнта на ім’я, якщо воно відоме.',
      bg: 'Отговорът трябва да е личен: обърнете се към клиента по име, ако го знаете.',
    },
  },
  {
    id: 'restate-problem',
    phase: 'reply',
    seed: S002,
    text: {
      en: 'Restate the problem in your own words so the customer sees they were heard.',
      ru: 'Перескажите проблему своими словами, чтобы клиент увидел, что его услышали.',
      uk: 'Перекажіть проблему своїми словами, щоб клієнт побачив, що його почули.',
      bg: 'Преразкажете проблема със свои думи, за да види клиентът, че е чут.',
    },
  },
  {
    id: 'show-understanding',
    phase: 'reply',
    seed: S002,
    text: {
      en: 'Show you understand their frustration and that this is a serious problem.',
      ru: 'Покажите, что понимаете досаду клиента и что проблема серьёзная.',
      uk: 'Покажіть, що розумієте прикрість клієнта і що проблема серйозна.',
      bg: 'Покажете, че разбирате разочарованието на клиента и че проблемът е сериозен.',
    },
  },
  {
    id: 'human-language',
    phase: 'reply',
    seed: S001,
    text: {
      en: 'Write like a person, on equal terms: no form letters or bureaucratese; a light touch of humour only where nobody was hurt.',
      ru: 'Пишите по-человечески, на равных: без шаблонов и канцелярита; юмор — только там, где никого не обидели.',
      uk: 'Пишіть по-людськи, на рівних: без шаблонів і канцеляриту; гумор — лише там, де нікого не образили.',
      bg: 'Пишете човешки, на равна нога: без шаблони и канцеларски език; хумор — само където никой не е засегнат.',
    },
  },
  {
    id: 'apologize-for-fault',
    phase: 'reply',
    seed: S001,
    text: {
      en: 'Apologise sincerely for what went wrong on our side, and keep apologising until the customer has had enough.',
      ru: 'Искренне извинитесь за сбой с нашей стороны — и извиняйтесь, пока клиент не скажет, что достаточно.',
      uk: 'Щиро перепросіть за збій з нашого боку — і перепрошуйте, доки клієнт не скаже, що досить.',
      bg: 'Извинете се искрено за пропуска от наша страна — докато клиентът не каже, че е достатъчно.',
    },
  },
  {
    id: 'regret-without-liability',
    phase: 'reply',
    seed: S004,
    text: {
      en: 'Express regret without admitting liability, and without denying obvious slips either: stay neutral until the facts are in.',
      ru: 'Выразите сожаление, не признавая вину и не отрицая очевидного: сохраняйте нейтральность, пока не собраны факты.',
      uk: 'Висловіть жаль, не визнаючи провини й не заперечуючи очевидного: тримайтеся нейтрально, доки не зібрано факти.',
      bg: 'Изразете съжаление, без да поемате вина и без да отричате очевидното: бъдете неутрални, докато съберете фактите.',
    },
  },
  {
    id: 'legal-measured-reply',
    phase: 'reply',
    seed: S000,
    text: {
      en: 'Do not ignore the threat: answer briefly, delicately and calmly, however emotional the review.',
      ru: 'Не игнорируйте угрозу: ответьте коротко, деликатно и взвешенно, как бы эмоционально ни писал клиент.',
      uk: 'Не ігноруйте погрозу: відповідайте коротко, делікатно й зважено, хоч би як емоційно писав клієнт.',
      bg: 'Не пренебрегвайте заплахата: отговорете кратко, деликатно и премерено, колкото и емоционален да е отзивът.',
    },
  },
  {
    id: 'legal-no-public-details',
    phase: 'reply',
    seed: S000,
    text: {
      en: 'Discuss no details in public: no facts of the case, no amounts, no order data.',
      ru: 'Никаких подробностей публично: ни обстоятельств дела, ни сумм, ни данных заказа.',
      uk: 'Жодних подробиць публічно: ні обставин справи, ні сум, ні даних замовлення.',
      bg: 'Никакви подробности публично: нито обстоятелства, нито суми, нито данни за поръчката.',
    },
  },
  {
    id: 'move-to-private',
    phase: 'reply',
    seed: S000,
    text: {
      en: 'Invite the customer to a private channel (e-mail, phone, direct messages) to sort it out.',
      ru: 'Пригласите клиента в личный канал (почта, телефон, личные сообщения), чтобы разобраться.',
      uk: 'Запросіть клієнта в особистий канал (пошта, телефон, особисті повідомлення), щоб розібратися.',
      bg: 'Поканете клиента в личен канал (имейл, телефон, лични съобщения), за да изясните нещата.',
    },
  },
  {
    id: 'rudeness-take-seriously',
    phase: 'reply',
    seed: S000,
    text: {
      en: 'Say plainly that you take it seriously and do not tolerate disrespect towards customers.',
      ru: 'Прямо скажите, что относитесь к этому серьёзно и не терпите неуважения к клиентам.',
      uk: 'Прямо скажіть, що ставитеся до цього серйозно й не терпите неповаги до клієнтів.',
      bg: 'Кажете направо, че приемате това сериозно и не търпите неуважение към клиенти.',
    },
  },
  {
    id: 'rudeness-promise-investigation',
    phase: 'reply',
    seed: S000,
    text: {
      en: 'Promise an internal investigation and ask the customer to contact you directly for it.',
      ru: 'Пообещайте внутреннее расследование и попросите клиента связаться с вами напрямую.',
      uk: 'Пообіцяйте внутрішнє розслідування й попросіть клієнта зв’язатися з вами напряму.',
      bg: 'Обещайте вътрешна проверка и помолете клиента да се свърже с вас директно.',
    },
  },
  {
    id: 'loyal-acknowledge',
    phase: 'reply',
    seed: S000,
    text: {
      en: 'Acknowledge the long relationship and regret that this time they did not get the usual level.',
      ru: 'Признайте ценность долгих отношений и пожалейте, что в этот раз клиент не получил привычного уровня.',
      uk: 'Визнайте цінність довгих стосунків і висловіть жаль, що цього разу клієнт не отримав звичного рівня.',
      bg: 'Признайте стойността на дългите отношения и изразете съжаление, че този път нивото не е било обичайното.',
    },
  },
  {
    id: 'loyal-individual-offer',
    phase: 'reply',
    seed: S000,
    text: {
      en: 'Offer an individual solution: an exclusive discount, compensation or a bonus.',
      ru: 'Предложите индивидуальное решение: эксклюзивную скидку, компенсацию или бонус.',
      uk: 'Запропонуйте індивідуальне рішення: ексклюзивну знижку, компенсацію чи бонус.',
      bg: 'Предложете индивидуално решение: изключителна отстъпка, компенсация или бонус.',
    },
  },
  {
    id: 'compensate-fault',
    phase: 'reply',
    seed: S001,
    text: {
      en: 'Make up for the trouble: a bonus on the next purchase, a small discount or a free service.',
      ru: 'Компенсируйте неудобство: бонус к следующей покупке, небольшая скидка или бесплатная услуга.',
      uk: 'Компенсуйте незручність: бонус до наступної покупки, невелика знижка чи безкоштовна послуга.',
      bg: 'Компенсирайте неудобството: бонус при следваща покупка, малка отстъпка или безплатна услуга.',
    },
  },
  {
    id: 'escalation-one-message',
    phase: 'reply',
    seed: S003,
    text: {
      en: 'Do not argue in the thread: post one calm message that ends the public debate.',
      ru: 'Не ввязывайтесь в спор в ветке: одно спокойное сообщение, которое закрывает публичное обсуждение.',
      uk: 'Не втягуйтеся в суперечку в гілці: одне спокійне повідомлення, яке закриває публічне обговорення.',
      bg: 'Не влизайте в спор в нишката: едно спокойно съобщение, което прекратява публичния спор.',
    },
  },
  {
    id: 'escalation-invite-affected',
    phase: 'reply',
    seed: S003,
    text: {
      en: 'Invite everyone who was really affected to write to you by e-mail.',
      ru: 'Пригласите всех, кто действительно пострадал, написать вам на почту.',
      uk: 'Запросіть усіх, хто справді постраждав, написати вам на пошту.',
      bg: 'Поканете всички, които наистина са засегнати, да ви пишат по имейл.',
    },
  },
  {
    id: 'explain-who-can-solve',
    phase: 'reply',
    seed: S001,
    text: {
      en: 'If the cause may be on their side or a third party’s (e.g. their provider), explain how to solve it or who can — without blame.',
      ru: 'Если причина может быть у клиента или третьей стороны (например, провайдера), объясните, как решить или кто может, — без упрёков.',
      uk: 'Якщо причина може бути в клієнта чи третьої сторони (наприклад, провайдера), поясніть, як розв’язати або хто може, — без докорів.',
      bg: 'Ако причината може да е при клиента или трета страна (напр. доставчика), обяснете как да се реши или кой може — без упреци.',
    },
  },
  {
    id: 'billing-explain-price',
    phase: 'reply',
    seed: S003,
    text: {
      en: 'Explain clearly why the amount differs from what they expected; a muddled explanation is what started the fire in seed 003.',
      ru: 'Понятно объясните, почему сумма отличается от ожидаемой: путаное объяснение и стало началом конфликта в статье 003.',
      uk: 'Зрозуміло поясніть, чому сума відрізняється від очікуваної: плутане пояснення і стало початком конфлікту в статті 003.',
      bg: 'Обяснете ясно защо сумата се различава от очакваната: объркано обяснение е началото на конфликта в статия 003.',
    },
  },
  {
    id: 'unresponsive-clear-answer',
    phase: 'reply',
    seed: S001,
    text: {
      en: 'Give one clear answer and one person who sees it through; no more passing the customer around.',
      ru: 'Дайте один понятный ответ и одного человека, который доведёт дело до конца; больше никаких «переключений».',
      uk: 'Дайте одну зрозумілу відповідь і одну людину, яка доведе справу до кінця; жодних «перемикань».',
      bg: 'Дайте един ясен отговор и един човек, който ще доведе въпроса докрай; без повече прехвърляне.',
    },
  },
  {
    id: 'next-step-deadline',
    phase: 'reply',
    seed: S004,
    text: {
      en: 'Say what happens next and by when; if you cannot know yet, say when you will name the date.',
      ru: 'Скажите, что будет дальше и к какому сроку; если срок пока неясен, скажите, когда его назовёте.',
      uk: 'Скажіть, що буде далі й до якого терміну; якщо термін поки невідомий, скажіть, коли його назвете.',
      bg: 'Кажете какво следва и до кога; ако срокът още не е ясен, кажете кога ще го съобщите.',
    },
  },
  {
    id: 'no-impossible-promises',
    phase: 'reply',
    seed: S004,
    text: {
      en: 'Make no promises you cannot keep ("this will never happen again").',
      ru: 'Не давайте несбыточных обещаний («такое больше никогда не повторится»).',
      uk: 'Не давайте нездійсненних обіцянок («таке більше ніколи не повториться»).',
      bg: 'Не давайте неизпълними обещания („това никога повече няма да се случи“).',
    },
  },
  {
    id: 'no-blame-no-fight',
    phase: 'reply',
    seed: S004,
    text: {
      en: 'No threats, no arguing, no blaming the customer or your colleagues, no mockery, no baby talk.',
      ru: 'Никаких угроз, споров, обвинений клиента или коллег, насмешек и сюсюканья.',
      uk: 'Жодних погроз, суперечок, звинувачень клієнта чи колег, глузування й сюсюкання.',
      bg: 'Без заплахи, спорове, обвинения към клиента или колегите, подигравки и лигавене.',
    },
  },
  {
    id: 'thank-for-feedback',
    phase: 'reply',
    seed: S001,
    text: {
      en: 'Thank them for something specific they wrote, so they feel cared for.',
      ru: 'Поблагодарите за что-то конкретное из отзыва, чтобы человек почувствовал заботу.',
      uk: 'Подякуйте за щось конкретне з відгуку, щоб людина відчула турботу.',
      bg: 'Благодарете за нещо конкретно от отзива, за да усети човекът грижа.',
    },
  },
  // ── after replying ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'rudeness-run-investigation',
    phase: 'after',
    seed: S000,
    text: {
      en: 'Really run the internal investigation, and take measures so it does not happen again.',
      ru: 'Действительно проведите внутреннее расследование и примите меры, чтобы это не повторялось.',
      uk: 'Справді проведіть внутрішнє розслідування й ужийте заходів, щоб це не повторювалося.',
      bg: 'Наистина проведете вътрешната проверка и вземете мерки това да не се повтаря.',
    },
  },
  {
    id: 'investigate-documents',
    phase: 'after',
    seed: S004,
    text: {
      en: 'Investigate with documents and call recordings; do not just take your staff’s word for it.',
      ru: 'Проверьте документы и записи звонков; не верьте сотрудникам на слово.',
      uk: 'Перевірте документи й записи дзвінків; не вірте працівникам на слово.',
      bg: 'Проверете документите и записите на разговорите; не вярвайте на служителите на думата.',
    },
  },
  {
    id: 'contract-evidence-only',
    phase: 'after',
    seed: S004,
    text: {
      en: 'The client is right until shown otherwise: argue only with evidence; without it, do not argue.',
      ru: 'Клиент прав, пока не доказано обратное: отстаивайте позицию только фактами, без них не спорьте.',
      uk: 'Клієнт має рацію, доки не доведено протилежне: обстоюйте позицію лише фактами, без них не сперечайтеся.',
      bg: 'Клиентът е прав, докато не се докаже обратното: защитавайте позиция само с факти, без тях не спорете.',
    },
  },
  {
    id: 'contract-offer-public-details',
    phase: 'after',
    seed: S004,
    text: {
      en: 'If the client refuses to talk privately, ask whether they are ready to discuss the contract’s details in public.',
      ru: 'Если клиент отказывается от личного разговора, спросите, готов ли он обсуждать детали договора публично.',
      uk: 'Якщо клієнт відмовляється від особистої розмови, запитайте, чи готовий він обговорювати деталі договору публічно.',
      bg: 'Ако клиентът отказва личен разговор, попитайте готов ли е да обсъждате подробностите по договора публично.',
    },
  },
  {
    id: 'keep-customer-posted',
    phase: 'after',
    seed: S001,
    text: {
      en: 'If the fix takes time, keep the customer posted on the progress.',
      ru: 'Если решение займёт время, держите клиента в курсе промежуточных результатов.',
      uk: 'Якщо рішення потребуватиме часу, тримайте клієнта в курсі проміжних результатів.',
      bg: 'Ако решението отнеме време, информирайте клиента за междинния напредък.',
    },
  },
  {
    id: 'brief-the-team',
    phase: 'after',
    seed: S003,
    text: {
      en: 'Make sure everyone who talks to customers knows the current rules (in seed 003 a new employee did not).',
      ru: 'Убедитесь, что все, кто общается с клиентами, знают действующие правила (в статье 003 новый сотрудник не знал).',
      uk: 'Переконайтеся, що всі, хто спілкується з клієнтами, знають чинні правила (у статті 003 новий працівник не знав).',
      bg: 'Уверете се, че всички, които говорят с клиенти, знаят действащите правила (в статия 003 нов служител не ги е знаел).',
    },
  },
  {
    id: 'announce-fix',
    phase: 'after',
    seed: S003,
    text: {
      en: 'Once it works again, tell people so — a short, human post.',
      ru: 'Когда всё снова заработает, сообщите об этом — коротким человеческим постом.',
      uk: 'Коли все знову запрацює, повідомте про це — коротким людським дописом.',
      bg: 'Когато всичко отново работи, съобщете го — с кратък, човешки пост.',
    },
  },
] as const satisfies readonly PlaybookStep[];

export type StepId = (typeof STEPS)[number]['id'];

export const STEP_BY_ID: ReadonlyMap<string, PlaybookStep> = new Map(STEPS.map((step) => [step.id, step]));
