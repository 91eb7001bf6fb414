/**
 * Whose contact is it? A public reply should offer the company's own e-mail or phone (seeds 000 §2, 003) and
 * must not expose the customer's. A contact is the company's when settings list it, when it is a role mailbox
 * (support@, care@, lead-support@ ...), when the words before it say so ("напишите нам", "our hotline") or
 * place it by a landmark ("срещу автомивката, на ул. …"), when the reply invites the customer to use it
 * ("позвоните администратору по номеру …", "call the front desk at …"), or when it is offered together with
 * one of those ("care@… or 044 …"). "Мы вам позвоним по номеру …" and "we'll text you at …" are the customer's.
 * An address on a domain of its own is the company's unless the words before it are the customer's. A free-mail
 * address (gmail, mail.ru, ukr.net, abv.bg ...) is nobody's role mailbox: only settings or "us" / "me" right before it
 * («пишете ни на hizha.orlovo@abv.bg») make it the company's.
 */

const ROLE_MAILBOX =
  /^(?:[a-z0-9]+[-.])*(?:support|care|help|helpdesk|info|hello|hi|service|partner\w*|letting\w*|rental\w*|viewing\w*|direktor\w*|upravitel\w*|\w*faktur\w*|invoic\w*|account\w*|financ\w*|buh\w*|kancelar\w*|sekretar\w*|secretar\w*|services|feedback|contact|contacts|team|office|sales|customer\w*|client\w*|booking|bookings|reservations?|reception|hotline|press|pr|legal|claims|returns|orders|shop|admin|mail|noreply|no-reply|quality|guest\w*|complaints?|appeals?|disputes?|escalations?|resolutions?|cs|vip|concierge|hr|otzyv|otzyvy|zabota|podderzhka|pm|billing|manager|projects?|members\w*|club\w*|front-?desk|safety|trust\w*|abuse|security|privacy|compliance|tickets?|events?|reviews?|bookings?|enquir\w*|inquir\w*|order\w*|refunds?|repairs?|baggage|lost\w*|director|management|ceo|owner|\w*manager|delivery|dostavka|kassa|\w*desk|\w*service\w*|\w*support\w*|\w*care|\w*help\w*)$/i;

/**
 * Words right before a contact that make it the company's own: "напишите нам на", "call us on", "our hotline",
 * «мой рабочий телефон».
 */
const OWN_CUE =
  /(?:^|[^\p{L}])(?:нам|нами|нас|наш\p{L}*|мне|мені|мене|мен|ни|us|our|me|my|мой|моя|мою|моего|мій|моє|моят|(?:пиши|звънни|обади|пишете|напишете|обадете|звънете|пратете|изпратете|прати|изпрати)\s+ми|горяч\p{L}*\s+лин\p{L}*|гаряч\p{L}*\s+лін\p{L}*|hotline|helpline|(?:her|his)\s+direct\s+(?:line|number|dial))(?:[^\p{L}.!?]+\p{L}+){0,6}[^\p{L}.!?]*$/iu;

const FREE_MAIL =
  /@(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|mac|aol|proton(?:mail)?|pm|gmx|web|t-online|seznam|wp|onet|interia|zoho|tutanota|tuta|fastmail|btinternet|mail|yandex|ya|rambler|bk|inbox|list|ukr|i|meta|abv|dir|gbg)\.[a-z.]+$/i;

/**
 * One of the company's places, a line it opened, or a call it awaits, right before the contact: "за телефоном
 * салону 044 …", "come by the shop at 3 Quay Street", «у диспетчерской появилась вторая линия — …», «мы открыли
 * отдельную линию для жителей вашего дома: …», "донесете го в магазина на бул. …", "чекаємо на дзвінок: 044 …",
 * «директор ждёт вашего звонка по номеру …», «ждём вас на club@…».
 */
const COMPANY_PLACE_OR_CALL =
  /(?:(?:чекаємо|чекає|ждём|ждем|ждёт|ждет|очакваме|очаква|чакаме|чака)\s+(?:на\s+)?(?:ваш\p{L}*\s+)?(?:дзвін\p{L}*|дзвінк\p{L}*|звон\p{L}*|обаждане\p{L}*)(?:\s+(?:по|за|на)(?:\s+(?:номер\p{L}*|телефон\p{L}*))?)?|(?:чекаємо|ждём|ждем|очакваме|чакаме)\s+(?:вас|ви)\s+(?:на|в|у|по)|(?:втор|нов|отдельн|прям|друг|окрем|second|new|direct|dedicated)\p{L}*\s+(?:лини\p{L}*|ліні\p{L}*|line)(?:\s+(?:для|for)(?:\s+[\p{L}'’]+){1,3})?\s*[:—–-]?|(?:the|this)\s+(?:shop|store|studio|office|clinic|salon|branch|showroom|workshop|garage|bakery|cafe|café|gym)\s+(?:at|on)|(?:(?:телефон\p{L}*|номер\p{L}*)\s+)?(?:нашо\p{L}*\s+|наше\p{L}*\s+)?(?:сервиз\p{L}*|салон\p{L}*|ателье|ательє|ателие\p{L}*|майстерн\p{L}*|мастерск\p{L}*|клінік\p{L}*|клиник\p{L}*|магазин\p{L}*|офіс\p{L}*|офис\p{L}*|ресторан\p{L}*|готел\p{L}*|отел\p{L}*|рецепці\p{L}*|рецепци\p{L}*|аптек\p{L}*|печатниц\p{L}*|поштомат\p{L}*|постамат\p{L}*|типограф\p{L}*|работилниц\p{L}*|студі\p{L}*|студи\p{L}*|філі\p{L}*|филиал\p{L}*|садоч\p{L}*|садик\p{L}*|школ\p{L}*|центр\p{L}*|център\p{L}*|відділенн\p{L}*|отделени\p{L}*|пункт\p{L}*|склад\p{L}*|кафе|кав['’]ярн\p{L}*|пекарн\p{L}*|хостел\p{L}*|приймальн\p{L}*|приемн\p{L}*|диспетчер\p{L}*|касс\p{L}*|кас[аиі])(?:\s+\p{L}+){0,2}?(?:\s+(?:на|в|у))?)\s*[:(]?\s*$/iu;

/** Staff a reply can name next to the company's contact, in Russian, Ukrainian and Bulgarian. */
const STAFF =
  'администратор\\p{L}*|адміністратор\\p{L}*|управляющ\\p{L}*|керуюч\\p{L}*|менеджер\\p{L}*|врач\\p{L}*|лікар\\p{L}*|лекар\\p{L}*|ветеринар\\p{L}*|чергов\\p{L}*|дежурн\\p{L}*|оператор\\p{L}*|консультант\\p{L}*|ресепшн\\p{L}*|рецепці\\p{L}*|управител\\p{L}*';

/**
 * Someone of the company who helps over a contact: «администратор поможет по телефону …», "our team on …", «менеджерка
 * Ліля допоможе підібрати дату: …».
 */
const STAFF_HELPS = new RegExp(
  `(?:^|[^\\p{L}])(?:${STAFF}|дежурен|doctor|vet|nurse|поддержк\\p{L}*|підтримк\\p{L}*|ресепшен\\p{L}*|рецепция\\p{L}*|служб\\p{L}*|reception|front desk|team|manager|staff)(?:[^\\p{L}.!?]+\\p{L}+){0,5}(?:[^\\p{L}.!?]+(?:по|за|на|on|at|via)\\s+(?:телефону|телефоном|номеру|номером|phone|number)?[\\s:]*|\\s*[:—–]\\s*)$`,
  'iu',
);

/**
 * A contact given after someone of ours, in brackets, after a colon, a comma or "his number": "акаунт мениджър, Ивелина
 * Тодорова (ivelina@…)", «керівник цеху Степан, його номер: 050 …», «Марина Олеговна, руководитель, +7 …».
 */
const STAFF_CONTACT = new RegExp(
  `(?:^|[^\\p{L}])(?:${STAFF}|мениджър\\p{L}*|manager|керівни\\p{L}*|руководител\\p{L}*)(?:[\\s,]+[\\p{L}'’.-]+){0,3}?(?:[\\s,—–-]+(?:його|її|его|её|неговият|нейният|his|her)\\s+(?:номер|телефон|number|phone))?\\s*[(:,—–-]\\s*$`,
  'iu',
);

/**
 * Where the customer is asked to send something: «пратете снимка във Viber на 0887 …», "text a photo to 07700 …",
 * «надішліть фото в Telegram на …». The number receives, so it is ours; "we sent you an SMS to …" is theirs.
 */
const SEND_IT_TO =
  /(?:(?:^|[^\p{L}])(?:пратете|изпратете|пришлите|отправьте|надішліть|надсилайте)|(?:^|[.!?,;:—–]\s*|please\s+|just\s+)(?:send|text|message|whatsapp))(?:[^\p{L}.!?]+\p{L}+){0,4}[^\p{L}.!?]+(?:на|on|to|at)\s*:?\s*$/iu;

/**
 * A direct number is a line of ours: «Координаторка Олена … її прямий номер: …», «Її прямий номер — …», «Директният ѝ
 * телефон е …», "Raj's direct number is …".
 */
const DIRECT_NUMBER =
  /(?:^|[^\p{L}])(?<!(?:ваш\p{L}*|your)\s+)(?:прям\p{L}*|пряк\p{L}*|директн\p{L}*|direct)\s+(?:(?:ѝ|му|й)\s+)?(?:(?:work|office|mobile|рабоч\p{L}*|робоч\p{L}*|служеб\p{L}*|мобил\p{L}*|мобіл\p{L}*)\s+)?(?:номер\p{L}*|телефон\p{L}*|number|phone)(?:\s+(?:is|е|є))?\s*[:—–-]?\s*$/iu;

/** Someone's number named with "her" or "his" after it: «телефонът ѝ е …», «номер його — …». */
const THEIR_NUMBER = /(?:^|[^\p{L}])(?:телефон\p{L}*|номер\p{L}*)\s+(?:ѝ|му|й|її|його|её|его)(?:\s+(?:е|є))?\s*[:—–-]?\s*$/iu;

/**
 * A contact given as a label at the start of a clause: "Я в майстерні з 8 до 17, телефон 050 …", "tel.: …", a
 * signature's "– Alan, shop mobile 07700 …", «Ксения напишет вам — её рабочий номер …».
 */
const CONTACT_LABEL =
  /(?:^|[,;:—–]\s*|[.!?]\s+)(?:(?:его|её|ее|його|її|his|her)\s+)?(?:(?:shop|office|work|studio|salon|clinic|workshop|store|direct|рабоч\p{L}*|робоч\p{L}*|служеб\p{L}*)\s+)?(?:телефон|тел|номер|phone|tel|моб|mobile|mob|cell)\.?\s*:?\s*$/iu;

/**
 * "If you'd rather talk, we're on 0333 …", "we are at …", «в субботу стоим на Набережной, 3», «намираме се на …»: where
 * the company can be reached. «Можно и по телефону …» and «также можно написать на …» give our line too.
 */
const WE_ARE_ON =
  /(?:^|[^\p{L}])(?:(?:we['’]re|we are|i['’]m|i am)\s+(?:also\s+|always\s+)?(?:on|at)|(?:стоим|стоїмо|находимся|знаходимося|намираме\s+се|работаем|працюємо)(?:\s+\p{L}+)?\s+(?:на|в|у)|(?:можно|можна|може)(?:\s+(?:и|і|й|также|також|още))?\s+(?:(?:по|за|на)\s+(?:телефону|телефоном|номеру|номером|телефона)|(?:написать|написати|позвонить|подзвонити|зателефонувати|да\s+(?:ни\s+)?(?:пишете|се\s+обадите))(?:\s+(?:нам|ни))?\s+(?:на|по|за)))\s*:?\s*$/iu;

/**
 * Opening hours before an address: «Работим от понеделник до събота, 10–19 ч., на ул. „Шипка“ 8», «працюємо щодня
 * з 9 до 18 на вул. …», "we're open daily 9–5 at …". A dot may stand inside them («ч.,», "a.m."), not end them.
 */
const OPENING_HOURS =
  /(?:^|[^\p{L}])(?:работим|работаем|працюємо|открыты|відкриті|отворени|отворено|open)(?:[^.!?\n]|\.(?=[\p{L},]))*$/iu;

/**
 * "You can also order your prescription in advance on 020 …": a service the customer can use over the contact.
 * "order" is no inviting verb on its own, since "we delivered your order to …" gives the customer's address.
 */
const YOU_CAN_USE =
  /(?:^|[^\p{L}])you\s+can\s+(?:also\s+|always\s+)?(?:order|pre-?order|reorder|renew|request|arrange)(?:[^\p{L}.!?]+\p{L}+){0,6}?\s+(?:on|at|via)\s*:?\s*$/iu;

/** A meeting offered at one of our places: «предлагаме среща в печатницата на бул. …», «зустріч у нашому офісі на вул. …». */
const MEETING_AT =
  /(?:^|[^\p{L}])(?:среща|срещата|встреч\p{L}*|зустріч\p{L}*|meeting|meet)\s+(?:[\p{L}'’]+\s+){0,3}?(?:в|във|у|at|in)\s+(?:[\p{L}'’]+\s+){1,2}(?:на|в|at|on)?\s*$/iu;

/**
 * Where the customer orders or books: «когато поръчвате на 0887 …», «при резервация на …», «заказывайте по телефону …»,
 * «запись работает и по телефону …», "book on 0161 …". The word before is read too, so "your order at 42 Elm Grove"
 * stays the customer's.
 */
const ORDER_OR_BOOK_ON =
  /(?:^|[^\p{L}])(?:[\p{L}'’]+\s+)?(?:поръчв\p{L}*|поръчайте|резервац\p{L}*|резервир\p{L}*|заказыва\p{L}*|закажите|замовляйте|замовте|бронюйте|бронируйте|запис\p{L}*|book|order|reserve)(?:\s+[\p{L}'’]+){0,3}?\s+(?:на|по|за|on|at|via)\s+(?:телефон\p{L}*|номер\p{L}*|phone|number)?\s*:?\s*$/iu;

/**
 * Someone of the company on call: «адміністратор на зв'язку: +380 …», «менеджер на связи: …», «я завжди на зв'язку: …»,
 * «Сергей … будет на связи по телефону …».
 */
const STAFF_ON_CALL = new RegExp(
  `(?:^|[^\\p{L}])(?:${STAFF}|я|мы|ми|буду|будем|будет|буде|будемо)\\s+(?:\\p{L}+\\s+)?на\\s+(?:зв['’]язку|связи|линия|линии|лінії)(?:\\s+(?:по|за)\\s+(?:телефону|телефоном|номеру|номером))?\\s*[:—–-]?\\s*$`,
  'iu',
);

/** A number named after someone of the company: «номер чергового лікаря: …», «телефон дежурного администратора …». */
const STAFF_NUMBER = new RegExp(`(?:номер\\p{L}*|телефон\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}(?:${STAFF}|керівник\\p{L}*|руководител\\p{L}*|рецепци\\p{L}*)\\s*:?\\s*$`, 'iu');

/**
 * A place shown by a landmark: "Точно срещу автомивката, на ул. „Оборище“ 15, има платен паркинг", "across from
 * our shop, at 12 Mill Lane": a public spot near us, not the customer's home.
 */
const LANDMARK =
  /(?:^|[^\p{L}])(?:срещу|напротив|навпроти|насупроти|зад|позади|рядом\s+с|поруч\s+з|близо\s+до|opposite|across\s+from|behind|next\s+to|near)(?:[^\p{L}.!?]+\p{L}+){0,4}[^\p{L}.!?]*$/iu;

/** Full stops of abbreviations before a name («инж. Петров», "Dr. Shaw"): they end no sentence, so a cue before them still counts. */
const ABBREVIATION_STOP = /(?<=(?:^|[^\p{L}])(?:инж|д-р|др|г-н|г-жа|г-ца|проф|доц|ул|бул|пр|тел|mr|mrs|ms|dr|prof|st))\./giu;

/** Contact verbs in Russian, Ukrainian and Bulgarian, in an inviting form: imperative or infinitive. */
const SLAVIC_INVITE =
  /^(?:по|пере|на|с|за|об|в)?(?:звон|звін|дзвон|телефон|домов|договор|обговор|обсуд|обсъд|пиш|пис|связ|свяж|зв['’]яз|зв['’]яж|надішл|надсил|отправ|присыл|пришл|изпрат|сигнализ|сигналіз|свърж|обад|звън|обращ|обрат|зверн|звертай|обърн|запис|избер|выбер|вибер|обер|избра|выбра|вибра|обра|потърс|потвърд|подтверд|підтверд|запаз|заброн|бронир|набер|набир|набра|приход|приезж|приїжд|заход|заїжд|подход|підход|заглян|загляд|заповяд|мин|сообщ|повідом|расскаж|розкаж|разкаж|уточн|остав|залиш|каж)\p{L}*(?:ите|йте|ьте|іть|ете|(?<=ш)те|ть|ться|тесь|ти|тися|итеся|іться|имося|имось|імося|имся|емся|вши|ив|ав|ів)$/u;
const ENGLISH_INVITE = /^(?:contact|call|reach|email|e-mail|text|message|write|ring|phone|dial|book|tell|dm|send|calling|texting|messaging|emailing|ringing|phoning|dialling|dialing)$/;
/** "we'll call", "I will text": the company acting, so the number after it is the customer's. */
const WE_ACT = /^(?:we|i|we'll|i'll|will|shall|'ll)$/;
/** Before one of those words, a determiner makes it a noun: "the phone number on file", "your email" ("give us a ring" invites). */
const DETERMINER = /^(?:the|your|my|our|this|that|his|her|their|its)$/;
/** The customer as the object: "позвоним вам", "ще ви се обадим", "call you", "your number". */
const CUSTOMER_OBJECT = /^(?:вам|вас|тебе|тебя|тобі|ви|you|your|ваш\p{L}*|твой|твій|твоя|твоего|твого)$/u;
/** «администратор запишет вас по телефону …», "will book you in on …": the customer as the one served over our line. */
const SERVES = /^(?:запиш\p{L}*|записыва\p{L}*|проконсультиру\p{L}*|консультиру\p{L}*|поможет|помогут|допоможе|допоможуть|book|books|booking)$/u;
/** "удобное для вас время", "удобен за Вас час": the customer as the one served, not the one called. */
const FOR = /^(?:для|за|for)$/u;
/** "разобрать ваш случай — позвоните": a possessive before the verb is the customer's contact only when one follows. */
const SLAVIC_CONTACT_NOUN = /^(?:номер|телефон|почт|пошт|e-?mail|имейл|мейл|адрес)/u;
/**
 * "Позвоните Анне, которая ведёт ваши поездки", «Обадете се на Ива, която организира пътуванията Ви»: after the verb,
 * a possessive is the customer's contact only when it goes with one («ваш номер», «телефона Ви»). Bulgarian puts it
 * after a noun with the definite article.
 */
const SLAVIC_POSSESSIVE = /^(?:ваш|тво[йяюеї])\p{L}*$/u;
const POSTPOSED = /^(?:ви|ти)$/u;
const DEFINITE = /\p{L}(?:та|те|ът|ят|то)$/u;
/** «кой ден Ви е удобен», «коли вам зручно», "whenever suits you", "a time you choose": the customer as the one suited, not the one called. */
const CONVENIENT = /^(?:удобн\p{L}*|удобен|зручн\p{L}*|suits?|convenient|choose|prefer)$/u;
/** "Просим вас связаться", "молим Ви да се свържете": the customer is the one asked, not the one called. */
const REQUEST = /^(?:прос\p{L}*|приглаш\p{L}*|запрош\p{L}*|мол\p{L}*)$/u;
/** "Ви можете обрати час за телефоном …": before "can", Ukrainian «ви» is the customer acting, not the one called. */
const CAN = /^(?:можете|зможете|сможете|може|можеш)$/u;
/** After an English verb, "your" is the customer's contact only when one follows: "text your number", not "send your reference". */
const CONTACT_NOUN = /^(?:number|phone|mobile|cell|email|e-mail|address|inbox)$/;
/**
 * Delivered, sent or come somewhere: "our records show it was delivered to …", «наш мастер приедет на ул. …», "our van
 * couldn't get access at …" give the customer's address.
 */
const DELIVERED =
  /^(?:delivered|shipped|sent|mailed|posted|arrived|arrive|access|deliver|ship|send|mail|post|bring|dispatch|приед\p{L}*|приехал\p{L}*|приїд\p{L}*|приїхал\p{L}*|пристигна\p{L}*|дойде|дойдоха|доставл\p{L}*|доставил\p{L}*|доставих\p{L}*|доставен\p{L}*|доставиха|привезл\p{L}*|отправил\p{L}*|отправлен\p{L}*|надіслал\p{L}*|надіслан\p{L}*|відправил\p{L}*|відправлен\p{L}*|изпратих\p{L}*|изпратен\p{L}*|пренасоч\p{L}*|перенаправлен\p{L}*|перенаправил\p{L}*)$/u;
/** Called or texted, done: "our courier rang 020 …", «наш мастер звонил на …» reached the customer's number. */
const CALLED =
  /^(?:rang|rung|called|phoned|dialled|dialed|texted|messaged|звонил\p{L}*|набирал\p{L}*|дзвонив\p{L}*|дзвонил\p{L}*|телефонував\p{L}*|набирав\p{L}*|звънях\p{L}*|звъннах\p{L}*|обаждах\p{L}*)$/u;
const WORDS = /[\p{L}'’-]+/gu;
/** How far before the contact an invitation still reaches, in words. */
const INVITE_REACH = 12;

/** Index of the inviting verb among `words` (the clause before the contact), or -1. */
function invitingVerb(words: string[]): number {
  for (let i = words.length - 1; i >= Math.max(0, words.length - INVITE_REACH); i--) {
    const w = words[i]!;
    if (SLAVIC_INVITE.test(w)) return i;
    if (ENGLISH_INVITE.test(w) && !DETERMINER.test(words[i - 1] ?? '') && !words.slice(Math.max(0, i - 2), i).some((p) => WE_ACT.test(p))) return i;
  }
  return -1;
}

/** An e-mail or web address: its dots end no clause ("пишите на hello@kompas.ru или в WhatsApp …"). */
const ADDRESS_WITH_DOTS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)\S+/giu;

/** The words of `before` after its last full stop (or line break): the sentence the contact is in. */
const lastSentence = (before: string) => before.slice(before.search(/[.!?\n][^.!?\n]*$/) + 1);

/** The reply invites the customer to use the contact that follows `before`. */
function invites(before: string): boolean {
  const sentence = lastSentence(before.replace(ADDRESS_WITH_DOTS, 'address'));
  // "… говори с вас лично: пишете ѝ на …": the clause after a colon may be the one that invites.
  const colon = sentence.search(/[:;][^:;]*$/);
  return clauseInvites(sentence) || (colon >= 0 && clauseInvites(sentence.slice(colon + 1)));
}

function clauseInvites(clause: string): boolean {
  const words = (clause.toLowerCase().match(WORDS) ?? []).map((w) => w.replace(/’/g, "'"));
  const verb = invitingVerb(words);
  if (verb < 0) return false;
  // Slavic object pronouns stand before the verb ("вам позвоним", "ви се обадим"); English ones after it.
  for (let i = Math.max(0, verb - 2); i < verb; i++) {
    const w = words[i]!;
    const after = words[i + 1] ?? '';
    const before = words[i - 1] ?? '';
    if (/^[a-z']+$/.test(w) || !CUSTOMER_OBJECT.test(w) || REQUEST.test(before) || FOR.test(before) || CAN.test(after) || CONVENIENT.test(after)) continue;
    if (w.startsWith('ваш') && !SLAVIC_CONTACT_NOUN.test(words[i + 1] ?? '')) continue;
    return false;
  }
  for (let i = verb + 1; i < words.length; i++) if (isCustomersContactAfterVerb(words, i)) return false;
  return true;
}

/** After an inviting verb, `words[i]` makes the contact the customer's: "call your number", «на телефона Ви», "вам". */
function isCustomersContactAfterVerb(words: string[], i: number): boolean {
  const w = words[i]!;
  const previous = words[i - 1]!;
  let customers: boolean;
  if (w === 'your') customers = CONTACT_NOUN.test(words[i + 1] ?? '');
  else if (SLAVIC_POSSESSIVE.test(w)) customers = SLAVIC_CONTACT_NOUN.test(words[i + 1] ?? '');
  else if (POSTPOSED.test(w) && DEFINITE.test(previous)) customers = SLAVIC_CONTACT_NOUN.test(previous);
  else customers = CUSTOMER_OBJECT.test(w);
  if (!customers) return false;
  const suited = [previous, words[i + 1] ?? '', words[i + 2] ?? ''].some((x) => CONVENIENT.test(x));
  return !FOR.test(previous) && !suited;
}

/**
 * A cue before the contact ("our …", «администратор поможет по телефону …») with no "you" as an object and
 * no delivery in between: "our manager called you at …" and "our records show it was delivered to …" give
 * the customer's number and address.
 */
function ownCue(before: string, cue: RegExp): boolean {
  const m = cue.exec(before);
  if (m === null) return false;
  const words = m[0].toLowerCase().match(WORDS) ?? [];
  return !words.some((w, i) => (CUSTOMER_OBJECT.test(w) && !SERVES.test(words[i - 1] ?? '')) || DELIVERED.test(w) || CALLED.test(w));
}

export const digitsOf = (s: string) => s.replace(/\D/g, '');

/**
 * The address or number we write or call from: "I'll email you today from sam@…", «напишу вам с …», «ще ви пиша от …».
 * Said so, even a free-mail address is ours.
 */
const WE_WRITE_FROM =
  /(?:^|[^\p{L}])(?:(?:i|we)(?:['’]ll|\s+will|\s+shall)?(?:\s+\p{L}+ly)?\s+(?:e-?mail|writ|message|text|call|ring|repl|respond|contact|send)\p{L}*|напишу|напишем|напишемо|позвоню|позвоним|наберу|наберём|наберем|зателефоную|зателефонуємо|подзвоню|подзвонимо|наберемо|ще\s+(?:ви\s+)?(?:се\s+)?(?:пиша|пишем|напиша|напишем|обадя|обадим|звънна|звъннем))(?:\s+[\p{L}'’\d:]+){0,4}\s+(?:from|с|з|із|от)(?:\s+(?:номера|номер|телефона|адреса|пошти|почты|пощата))?\s*:?\s*$/iu;

/**
 * Where the customer arranges or moves a visit, after a colon: «Если среда неудобна, перенесём: 8 (8352) …», «майстер
 * приїде в будь-який зручний для вас час: +380 …», "happy to rebook: 0161 …".
 */
const ARRANGE_HERE =
  /(?:(?:перенес|перенос|переназнач|перезапиш|rebook|reschedul)\p{L}*|(?:зручн|удобн)\p{L}*\s+(?:для|за)\s+(?:вас|тебе|ви)\s+(?:час|время|ден|день)|(?:time|day)\s+(?:that\s+)?suits\s+you)\s*[:—–]\s*$/iu;

/** The number or address the customer, as the subject, wrote or called from: «Ви телефонували нам з номера …», "you emailed us from …". */
const THEY_WROTE_FROM =
  /(?:^|[.!?,;:—–]\s*|[^\p{L}](?:if|when|and|but|коли|якщо|если|когда|когато|ако|і|и|та)\s+)(?:ви|вы|вие|you)(?:\s+[\p{L}'’]+){1,4}\s+(?:from|с|з|із|от)(?:\s+(?:номера|номер|телефона|адреса|пошти|почты|пощата|the\s+number|number))?\s*:?\s*$/iu;

/**
 * Someone of ours available at set hours, then the contact: «директорката Росица е на разположение всеки делничен ден
 * след 17 ч. на 0878 …», «майстер на зв'язку з 9 до 18 за номером …», "available weekdays from 9 on …".
 */
const AVAILABLE_ON =
  /(?:на\s+разположение|на\s+зв['’]язку|на\s+связи|available)(?:[^.!?\n]|\.(?=\s?[\p{Ll}\d,]))*?\s(?:на|по|за|on|at)(?:\s+(?:телефону|телефоном|номеру|номером|телефон|номер))?\s*:?\s*$/iu;

/** Where the customer picks up what we hold: «забрати їх можна в пункті на Подолі, вул. …», «можете забрать в …», "you can collect it … at …". */
const PICK_UP_AT =
  /(?:(?:можно|можна|може|можете|зможете|сможете)(?:\s+\p{L}+){0,2}?\s+(?:забрать|забрати|получить|отримати|да\s+(?:ги\s+)?вземете)|(?:забрать|забрати|отримати|получить)(?:\s+\p{L}+){0,2}?\s+(?:можно|можна|можете)|you\s+can\s+(?:collect|pick\s+(?:it|them)\s+up)(?:\s+(?:it|them))?)[^.!?\n]{0,50}$/iu;

/**
 * Someone ready to talk it over, then the contact after a colon or a dash: «голова товариства готовий поговорити з
 * вами особисто: 063 …», "our manager is happy to talk it through: 020 …".
 */
const READY_TO_TALK =
  /(?:готов\p{L}*|ready|happy|glad)\s+(?:\p{L}+\s+){0,2}?(?:поговорит\p{L}*|обговорит\p{L}*|обсудит\p{L}*|обсъд\p{L}*|да\s+(?:поговори\p{L}*|обсъди\p{L}*|говори\p{L}*)|to\s+(?:talk|chat|discuss|go\s+through))(?:[^\p{L}.!?]+\p{L}+){0,5}\s*[:—–-]\s*$/iu;

/**
 * "Write to" right before a free-mail address, with nobody named in between: «удобное время напишите, пожалуйста, на
 * lampa.restavr@mail.ru» is the business's box; «напишите Марине на marina.p@gmail.com» is a person's.
 */
const WRITE_HERE =
  /(?:^|[^\p{L}])(?:напишите|пишите|напишіть|пишіть|пишете|напишете|write|email|e-mail)(?:\s*,?\s*(?:пожалуйста|будь\s+ласка|моля|please)\s*,?)?\s+(?:(?:нам|ни|us)\s+)?(?:на|to|at|on)\s*:?\s*$/iu;

/** A call made from a work line: «зателефонує вам з робочого номера …», «позвонит с рабочего телефона …», "from our office number". */
const FROM_WORK_LINE =
  /(?:^|[^\p{L}])(?:з|із|с|от|from)\s+(?:(?:нашого|нашего|нашия|our|her|his|її|його|её|его)\s+)?(?:робоч\p{L}*|рабоч\p{L}*|служеб\p{L}*|службов\p{L}*|work|office)\s+(?:номер\p{L}*|телефон\p{L}*|number|phone|line)\s*:?\s*$/iu;

/** Cues to our contact that the customer named in their words undoes (ownCue): «наш курьер звонил вам на …». */
const CLAUSE_CUES = [OWN_CUE, STAFF_HELPS, LANDMARK, STAFF_CONTACT, ORDER_OR_BOOK_ON, MEETING_AT];
/** Cues to our contact that decide on their own. */
const PLAIN_CUES = [FROM_WORK_LINE, COMPANY_PLACE_OR_CALL, READY_TO_TALK, THEIR_NUMBER, STAFF_NUMBER, STAFF_ON_CALL, WE_ARE_ON, OPENING_HOURS, YOU_CAN_USE, CONTACT_LABEL, DIRECT_NUMBER, SEND_IT_TO, WE_WRITE_FROM, ARRANGE_HERE, AVAILABLE_ON, PICK_UP_AT];

function listedInSettings(value: string, ownContacts: string[]): boolean {
  const lower = value.toLowerCase();
  const digits = digitsOf(value);
  return ownContacts.some((c) => {
    const own = digitsOf(c);
    return c.toLowerCase() === lower || (digits.length >= 7 && own.length >= 7 && own.endsWith(digits.slice(-7)));
  });
}

/** Up to 80 characters before the contact at `start`, with the full stops of abbreviated titles taken out. */
const textBefore = (text: string, start: number) => text.slice(Math.max(0, start - 80), start).replace(ABBREVIATION_STOP, ' ');

/**
 * Words right after a contact that say the customer gave it: «Телефон 063 …, вказаний у замовленні, не відповідав»,
 * «номер, указанный при заказе», "the number you gave us", "the address on file".
 */
const GIVEN_BY_CUSTOMER =
  /^\s*[,(]?\s*(?:(?:який|яка|которы\p{L}*|котора\p{L}*|който|която|що|что)\s+)?(?:(?:ви|вы|вие)\s+)?(?:вказан\p{L}*|указан\p{L}*|зазначен\p{L}*|посочен\p{L}*|оставлен\p{L}*|залишен\p{L}*|оставил\p{L}*|залишил\p{L}*|посочил\p{L}*|указал\p{L}*|вказал\p{L}*|(?:that\s+|which\s+)?you\s+(?:gave|provided|listed|left|entered)|on\s+file)(?![\p{L}])/iu;

const givenByCustomer = (text: string, end: number) => GIVEN_BY_CUSTOMER.test(text.slice(end, end + 60));

export function isCompanyContact(text: string, start: number, value: string, ownContacts: string[]): boolean {
  if (listedInSettings(value, ownContacts)) return true;
  return !givenByCustomer(text, start + value.length) && readsAsOurs(textBefore(text, start), value);
}

/** Do the words before a contact not listed in settings make it the company's? */
function readsAsOurs(before: string, value: string): boolean {
  if (THEY_WROTE_FROM.test(before)) return false;
  if (FREE_MAIL.test(value)) return ownCue(before, OWN_CUE) || ownCue(before, STAFF_HELPS) || WE_WRITE_FROM.test(before) || WE_ARE_ON.test(before) || WRITE_HERE.test(before);
  return CLAUSE_CUES.some((cue) => ownCue(before, cue)) || PLAIN_CUES.some((cue) => cue.test(before)) || invites(before);
}

/**
 * Someone of ours who went to the place, or the visit itself: "our technician was at 12 Orchard Close", "our driver
 * had the address as …", «мастер был на ул. …». An address a visit went to is the customer's, whoever says "our".
 */
const VISIT =
  /^(?:drivers?|technicians?|engineers?|couriers?|fitters?|installers?|plumbers?|electricians?|crew|van|visited|came|went|attended|водител\p{L}*|водій|водія|водії|курьер\p{L}*|кур['’]єр\p{L}*|куриер\p{L}*|мастер|мастера|мастеру|мастером|майстер|майстра|майстри|майстрів|монтажник\p{L}*|техник|техника|техници|технік|техніка|бригад\p{L}*)$/u;

/** Is the street address at `start` the company's? As for any contact, unless the clause before it tells of a visit. */
export function isCompanyAddress(text: string, start: number, value: string, ownContacts: string[]): boolean {
  const visited = (lastSentence(textBefore(text, start)).toLowerCase().match(WORDS) ?? []).some((w) => VISIT.test(w));
  return visited ? listedInSettings(value, ownContacts) : isCompanyContact(text, start, value, ownContacts);
}

export const isRoleMailbox = (email: string) => ROLE_MAILBOX.test(email.slice(0, email.indexOf('@')));

/** The customer named right before a contact: "на вашу почту …", "we emailed you at …", «вам на …» (not «вам зручніше», the one suited). */
const CUSTOMER_BEFORE = /(?:^|[^\p{L}])(?:ваш\p{L}*|твой|твою|твій|вам|вас|ви|тебе|тобі|you|your)(?!\s+(?:зручн|удобн))(?:[^\p{L}.!?]+\p{L}+){0,4}[^\p{L}.!?]*$/iu;

/**
 * A mailbox on a domain of its own, not a free-mail one, is the business's whoever it is addressed to
 * («kafe@pechkaroastery.bg», "workshop@ashandgrain.co.uk"): customers write from gmail, mail.ru, abv.bg. Unless the
 * words before it make it the customer's ("на вашу почту ivan@client.example").
 */
function onOwnDomain(text: string, start: number, email: string): boolean {
  return !FREE_MAIL.test(email) && !CUSTOMER_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

export function isCompanyEmail(text: string, start: number, email: string, ownContacts: string[]): boolean {
  return isRoleMailbox(email) || onOwnDomain(text, start, email) || isCompanyContact(text, start, email, ownContacts);
}

/**
 * Only "or", "and", a comma or a slash between two contacts, perhaps with the verb that uses the second one (up to
 * three words: «… или да се обадят на …») or a messenger: "care@shop.example or 044 220-30-30", «позвоните по … или
 * напишите на …», «напише вам на … і подзвонить на …», «на hello@… или в WhatsApp …».
 */
const JOINED =
  /^[\s,;:/]*(?:или|або|or|and|и|і|та|й|\/)?[\s,;:]*(?<verb>(?:[\p{L}'’]+\s+){1,3})?(?:(?:в|у|on|via|по|през|чрез)\s+(?:whatsapp|viber|telegram|signal|messenger|вайбер\p{L}*|телеграм\p{L}*|вотсап\p{L}*|ватсап\p{L}*)[\s:]*)?(?:(?:on|at|by|to|по|на|за)\s+(?:телефону|телефоном|номеру|номером|phone|number)?[\s:]*)?$/iu;

/** How two contacts are given together: with a verb for the second one, plainly, or not at all (null). */
export function joinedContacts(text: string, previousEnd: number, start: number): 'verb' | 'plain' | null {
  const m = JOINED.exec(text.slice(previousEnd, start));
  const verb = m?.groups?.verb?.trim().toLowerCase();
  if (!m || (verb !== undefined && verb.split(/\s+/).some((w) => CUSTOMER_OBJECT.test(w)))) return null;
  return verb === undefined ? 'plain' : 'verb';
}
