import { describe, expect, it } from 'vitest';
import { privacy } from '../../../lib/lint/checks/privacy';

function flagged(text: string, own: string[] = []): [string, string][] {
  return privacy(text, own, 'en').diagnostics.map((d) => [d.rule, text.slice(d.start, d.end)]);
}

describe('privacy', () => {
  it.each<[string, [string, string][]]>([
    ['Мы отправили письмо на anna.k@mail.ru, проверьте.', [['privacy-email', 'anna.k@mail.ru']]],
    ['Напишите нам на support@shop.ru или hello@shop.ru.', []],
    ['Мы перезвоним вам на +7 (916) 123-45-67 сегодня.', [['privacy-phone', '+7 (916) 123-45-67']]],
    ['Звоните на горячую линию 8 800 555-35-35.', []],
    ['Позвоните нам: +7 495 123-45-67.', []],
    ['Заказ №5478123 уже в пути.', [['privacy-order', '5478123']]],
    ['Your order #88231 was refunded.', [['privacy-order', '88231']]],
    ['The wrong paint code was used on job card 20931.', [['privacy-order', '20931']]],
    ['Деньги вернулись на карту 4276 3800 1234 5679.', [['privacy-card', '4276 3800 1234 5679']]],
    ['Курьер приедет на ул. Ленина, д. 5, кв. 12 завтра.', [['privacy-address', 'ул. Ленина, д. 5, кв. 12']]],
    ['We will send it to 221 Baker Street today.', [['privacy-address', '221 Baker Street']]],
    ['Доставим до 18:00, 12.03.2024, сумма 1 500 ₽.', []],
    ['Мы проверили заказ № 48213-077: он уже в пути.', [['privacy-order', '48213-077']]],
    ['Напишите Марине на marina.p@gmail.com.', [['privacy-email', 'marina.p@gmail.com']]],
    ['Напишіть нам на help@knyha-fop.ua з темою «Штраф 20.05».', []],
    ['Штраф № 20.05 оплачено.', [['privacy-order', '20.05']]],
    ['Понимаем, что штраф 2 000 ₽ за «грязный салон» выглядит несправедливо.', []],
    ['По вашему заказу №58213 рубашка не вернулась.', [['privacy-order', '58213']]],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });

  it('takes contacts from settings as the company’s own', () => {
    expect(flagged('Пишите Марине: marina@agency.example', ['marina@agency.example'])).toEqual([]);
  });
});

describe('privacy: contacts given in pairs, and who a contact belongs to', () => {
  it.each<[string, [string, string][]]>([
    ['Позвоните по номеру 8 (843) 211-90-05 или напишите на notarius.kazan@mail.ru, и мы согласуем дату.', []],
    // A direct number is a line of ours (h62); the customer's own "direct number" is still theirs.
    ['Координаторка Олена зателефонує вам сьогодні. Якщо так зручніше, її прямий номер: +380 67 551 20 18.', []],
    ["Raj will ring you back; his direct number is 020 7946 0873.", []],
    ['Ваш прямий номер +380 67 551 20 18 ми вже внесли в картку.', [['privacy-phone', '+380 67 551 20 18']]],
    // A direct or work number after "her" (h79, h82, h83), and a head of office named with a comma (h78).
    ['Від сьогодні ваш консультант Мира. Директният ѝ телефон е 0899 500 713.', []],
    ['Если вам удобнее, администратор запишет вас по телефону +7 (383) 312-40-40 на любое время.', []],
    ['Наш менеджер позвонит вам по телефону +7 (383) 312-40-40 сегодня.', [['privacy-phone', '+7 (383) 312-40-40']]],
    ['Ако искате да говорите с мен директно: 0877 44 33 21.', []],
    ['Координаторка Наталія зателефонує вам сьогодні до 17:00 з робочого номера +380 44 499 07 07.', []],
    ['Принесіть пальто до нашого пункту на Саксаганського. Телефон пункту: 044 555 12 30.', []],
    ['Директорка запрошує вас у будь-який зручний для вас день — зателефонуйте, будь ласка, на 044 235 17 80.', []],
    ["I've asked Dan to call you tomorrow; his direct work number is 01632 960 447.", []],
    ['Консультант Ксения напишет вам до конца недели, а если удобнее созвониться — её рабочий номер +7 (343) 288-16-70.', []],
    ['Вона надсилатиме фото щоп’ятниці. Її прямий номер — 097 220 18 61.', []],
    ['Соломія сьогодні зателефонує. Якщо зручніше, можете набрати її напряму: 067 300 12 12.', []],
    ['Предлагаю встречу в офисе: Марина Олеговна, руководитель, +7 (3812) 40-70-15, office@kadastr-omsk.ru.', []],
    // Someone of ours ready to talk (h73), and the address the customer is asked to come to (h74).
    ['Голова товариства Степан Іванович готовий поговорити з вами особисто: 063 201 44 18.', []],
    ['Our manager is happy to talk it through: 020 7946 0321.', []],
    ['Приходите с паспортом в любой будний день с 8 до 19 (ул. Транспортная, 2, окно 4).', []],
    ['Мастер приходил на ул. Транспортная, 2 в среду.', [['privacy-address', 'ул. Транспортная, 2']]],
    // A number the customer gave, named so right after it, is theirs whatever label comes before (h78).
    ['Телефон 063 412 77 05, вказаний у замовленні, не відповідав.', [['privacy-phone', '063 412 77 05']]],
    ['Our courier rang 020 7946 0321, which you gave us, twice.', [['privacy-phone', '020 7946 0321']]],
    ['Our courier rang 020 7946 0321 twice.', [['privacy-phone', '020 7946 0321']]],
    ['Наш мастер дважды звонил на +7 921 555-44-33.', [['privacy-phone', '+7 921 555-44-33']]],
    // Where the customer is asked to send something is ours (h63); where we sent something is theirs.
    ['Ако Ви е по-удобно, пратете снимка във Viber на 0887 310 520 и ще Ви кажем дали имаме частта.', []],
    ['Надішліть фото квитанції в Telegram на 067 318 20 44, і ми все перевіримо.', []],
    ['If it is easier, just text a photo of the label to 07700 900 418 and we will check it.', []],
    // h64, h65: a second contact joined by a three-word verb, and "by calling".
    ['Молим всички пътували да ни пишат на reklamacii@pateshestvia.example или да се обадят на 0889 310 418.', []],
    ['You can pick the slot yourself on our site or by calling 512-555-0163.', []],
    ['Our driver tried calling you on 512-555-0163 twice.', [['privacy-phone', '512-555-0163']]],
    // h66, h67: where we stand, "you can also phone", a measure after a street word; the number a call came from is theirs.
    ['В субботу стоим на Набережной, 3: подойдите к окошку.', []],
    ['Можно и по телефону +7 (4922) 33-18-41, с 9 до 19.', []],
    ['Вызов поступил с номера +7 903 518-44-41, машина была у вас в 03:05.', [['privacy-phone', '+7 903 518-44-41']]],
    ['Така става, когато улицата е по-тясна от 3 метра и камионът не може да влезе.', []],
    ['Курьер приезжал на ул. Гагарина, 12, кв. 45 и дважды звонил.', [['privacy-address', 'ул. Гагарина, 12, кв. 45']]],
    ['Мы отправили вам SMS на 8 916 234-18-07, но ответа не было.', [['privacy-phone', '8 916 234-18-07']]],
    [
      'Щойно плата надійде, майстер напише вам на andrii.k88@gmail.com і подзвонить на 067 318 44 29.',
      [
        ['privacy-email', 'andrii.k88@gmail.com'],
        ['privacy-phone', '067 318 44 29'],
      ],
    ],
    ['Мы написали вам на olga.m@mail.ru, а если удобнее, звоните на горячую линию 8 800 555-35-35.', [['privacy-email', 'olga.m@mail.ru']]],
    ['Оставьте заявку по номеру 8 (4012) 77-55-00 или в чате личного кабинета.', []],
    ['Залиште заявку за номером 044 228 50 50, і монтажник приїде в четвер.', []],
    ['Мы оставили заявку по вашему номеру 8 912 345 67 89.', [['privacy-phone', '8 912 345 67 89']]],
    ['Вашим замовленням опікується керівник цеху Степан, його номер: 050 612 39 40.', []],
    ["We've looked at your appeal for PCN-778120 again.", [['privacy-order', 'PCN-778120']]],
    ['С понедельника у диспетчерской появилась вторая линия — 8 (4212) 45-00-45.', []],
    ['Come by the shop at 3 Quay Street or call 01872 555 013 and we will refund it there and then.', []],
    ['We delivered the bike to 3 Quay Street yesterday.', [['privacy-address', '3 Quay Street']]],
    ['Запазете си маса на kafe@pechkaroastery.bg или ни се обадете.', []],
    ['For anything else about the table, workshop@ashandgrain.co.uk reaches the makers directly.', []],
    ['Мы отправили акт на вашу почту i.petrov@stroy-alians.ru.', [['privacy-email', 'i.petrov@stroy-alians.ru']]],
    ['Мы отправили акт на i.petrov@gmail.com.', [['privacy-email', 'i.petrov@gmail.com']]],
    ['Кажете ни кой ден Ви е удобен за смяната на 0888 304 112 или на sklad@furazhi-plovdiv.bg.', []],
    ['Скажите, когда вам удобно приехать: 8 (8452) 30-12-12.', []],
    ['Обадете се на Радост, която води резервациите Ви от години, на 0878 221 540.', []],
    ['Позвоните Анне, которая ведёт ваши заказы, по номеру 8 (3452) 60-70-80.', []],
    ['Обадете се на телефона Ви 0878 221 541, ако искате да го чуете.', [['privacy-phone', '0878 221 541']]],
    ['Позвоните на ваш номер 8 912 345 67 80 и проверьте переадресацию.', [['privacy-phone', '8 912 345 67 80']]],
    ['Работим от вторник до неделя, 9–18 ч., на бул. „Витоша“ 41.', []],
    ['Ми працюємо щодня з 10 до 20 на вул. Личаківській, 12.', []],
    ['Билеты без наценки продаются в кассе театра (ул. Пушкина, 21, с 11 до 19).', []],
    ['Please send the screenshots you took to trust@marketplace-example.com so we can block the seller.', []],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });
});

describe('privacy: masked cards and prefixed ids', () => {
  it.each<[string, [string, string][]]>([
    ['Возврат ушёл на карту **** 4417.', [['privacy-card', '4417']]],
    ['We refunded the card ending 4417.', [['privacy-card', '4417']]],
    ['Замовлення №UA-20931 вже в дорозі.', [['privacy-order', 'UA-20931']]],
    ['Валізу знайшли за номером розшуку KBP-73310, її привезуть завтра.', [['privacy-order', 'KBP-73310']]],
    ['Your ticket 884213 is with the engineers.', [['privacy-order', '884213']]],
    ['Ми зателефонуємо вам на +380 67 123 45 67.', [['privacy-phone', '+380 67 123 45 67']]],
    ['Пишете ми на ads@agency.example.', []],
    // A contact the reply invites the customer to use is the company's, however its mailbox is called.
    ['Расскажите, пожалуйста, подробности по телефону 8 (495) 123-45-67.', []],
    ['Just let reception know, or email frontdesk@seaview.example, and we will move you.', []],
    ['We will call you back on (415) 555-0198 tomorrow.', [['privacy-phone', '(415) 555-0198']]],
    ['Запишитесь к мастеру по телефону +7 (812) 555-01-02, он подберёт время.', []],
    ['Please reach out to our billing team at accounts@firm.example or (020) 7946 0000.', []],
    ['Мы перезвоним вам по номеру +7 921 555-44-33.', [['privacy-phone', '+7 921 555-44-33']]],
    ['Ще ви се обадим на 0888 765 432.', [['privacy-phone', '0888 765 432']]],
    ['Ако желаете, ще дойда пак в сряда; пратете ми SMS на 0899 410 233 с удобен час.', []],
    // Where the customer orders or books is ours; the place an order was left is the customer's.
    ['Следващата пица е от нас — споменете отзива, когато поръчвате на 0887 431 220.', []],
    ['Заказывайте по телефону +7 921 555-44-33, привезём за час.', []],
    ['Якщо захочете, адміністраторка Оля допоможе вибрати час: 067 555 31 31.', []],
    ['Менеджер зателефонує вам: 067 555 31 31.', [['privacy-phone', '067 555 31 31']]],
    // The dots of an e-mail end no clause; a messenger joins two of our contacts; a meeting at our place; "to arrange".
    ['Напишите, пожалуйста, на hello@hostel.example или в WhatsApp +7 921 555-40-12.', []],
    ['Предлагаме среща в печатницата на бул. „Марица“ 58 тази седмица.', []],
    ['Поканите са готови в печатницата на ул. „Шипка“ 12, вземете ги днес до 19 ч.', []],
    ['Звънни ми на 0887 22 33 44, когато ти е удобно.', []],
    ['Сейчас запись работает и по телефону +7 343 200-11-44, и онлайн.', []],
    ['Поштомат на вул. Сихівській, 20 знову відчиняє комірки.', []],
    ["I'll keep you updated from repairs@lenslab.example.", []],
    ['Пропонуємо зустріч в офісі — домовитися можна за номером +380 32 244 10 10.', []],
    ['We left your order at 42 Elm Grove, by the door.', [['privacy-address', '42 Elm Grove']]],
    // Our people coming to an address: the customer's home, whoever "our" is.
    ['Наш майстер приїде на вул. Лесі Українки, 9, кв. 14 у четвер.', [['privacy-address', 'вул. Лесі Українки, 9, кв. 14']]],
    ["Our driver couldn't get access at 17 Harbour Road, so the parcel went back.", [['privacy-address', '17 Harbour Road']]],
    ['Елате да огледаме колата заедно — изберете удобен час на 0877 120 640.', []],
    ['Оберіть зручний час за телефоном майстерні 044 555 12 12.', []],
    ['Если не получится, менеджер подскажет по телефону +7 812 300-40-50.', []],
    ['Please contact our office at office@firm.example or on 020 7946 0999.', []],
    ['Our manager called you at 020 7946 0555 twice yesterday.', [['privacy-phone', '020 7946 0555']]],
    // A free-mail address is a person's, not a role mailbox, even when the reply says to write there.
    ['Напишите руководителю на ivan.petrov@gmail.com.', [['privacy-email', 'ivan.petrov@gmail.com']]],
    // A free-mail box given as "us": a mountain hut's own address. Role mailboxes behind a team prefix.
    ['Ако отново тръгнете към Рила, пишете ни на hizha.orlovo@abv.bg и ще Ви посрещнем с чай.', []],
    ['Напишите на lead-support@cloudkassa.ru или appeals@parkwise.co.uk.', []],
    // h86–h92: a masked card with a date after it; where the customer collects; a manager after a dash; "her phone is";
    // "let's agree by phone"; "write to" right before a free-mail box; a service centre's address.
    ['Перевірили: з вашої картки 5168 **** **** 0932 18.04 списано 2 400 грн.', [['privacy-card', '0932']]],
    ['You can collect it any weekday 10 to 5 at 4 Mill Lane, or ring 01632 960845.', []],
    ['Давайте созвонимся в удобное вам время: управляющая Вера — +7 916 555-40-08.', []],
    ['Ако искате да говорите с нея по-рано, телефонът ѝ е 0882 70 70 15.', []],
    ['Домовимося про час у Viber або за телефоном 050 333 71 19.', []],
    ['Удобное время напишите, пожалуйста, на lampa.restavr@mail.ru.', []],
    ['Центърът за обслужване на ул. „Гео Милев“ 4 работи от 8:00 до 18:00.', []],
    ['Мы созвонимся с вами по номеру +7 916 555-40-08.', [['privacy-phone', '+7 916 555-40-08']]],
    // A booking id with its prefix (h83); a plot on a street (h84); a closing quote ends a street's name (h81).
    ['Сумата по резервация BG-77812 ще Ви бъде възстановена.', [['privacy-order', 'BG-77812']]],
    ['Мы выезжали на ваш участок в СНТ «Рябинка», ул. Вишнёвая, уч. 112, и да, признаём ошибку.', [['privacy-address', 'ул. Вишнёвая, уч. 112']]],
    ['За съжаление, аварията в трафопоста на ул. „Шипка“ засегна над 300 домакинства.', []],
    // An id after "your parcel with number", and a Bulgarian address with its block and entrance.
    [
      'Пратката Ви с номер BG4471209 е пренасочена към адреса Ви в ж.к. „Люлин“ 5, бл. 512, вх. Б.',
      [['privacy-order', 'BG4471209'], ['privacy-address', 'ж.к. „Люлин“ 5, бл. 512, вх. Б']],
    ],
    ['Посилку під номером 59001234 вже передали курʼєру.', [['privacy-order', '59001234']]],
    ['The scan shows parcel QK550914277 was left with a neighbour at number 9.', [['privacy-order', 'QK550914277']]],
    // A reservation "made under" the customer's own free-mail address, outside the usual Slavic and US providers.
    ['We found booking 40871 made under jan.novak@seznam.cz and cancelled it.', [['privacy-order', '40871'], ['privacy-email', 'jan.novak@seznam.cz']]],
    ['Your invoice went to petra.lang@gmx.de last week.', [['privacy-email', 'petra.lang@gmx.de']]],
    // "Our records" is not the company's address when the sentence says where the parcel was delivered.
    ['Our records show it was delivered to 14 Ashford Road, Leeds on Monday.', [['privacy-address', '14 Ashford Road']]],
    ['Our shop is at 14 Ashford Road, come by any day.', []],
    // Asked to get in touch: "вас" is the one asked, the number is where to call.
    ['Просим вас связаться с заместителем главного врача: +7 812 600-31-31 или quality@medlinia.ru.', []],
    ["Будь ласка, зв'яжіться з головною лікаркою напряму: +380 44 390 17 17 або director@dentaplus.ua.", []],
    ['Please send your booking reference privately to refunds@sunroute.travel.', []],
    ['Мы можем вам позвонить по номеру +7 921 555-44-33.', [['privacy-phone', '+7 921 555-44-33']]],
    // Hotlines and staff on call are the company's: a 0700 number, "чергова лікарка … за номером", "просимо написати на".
    ['Моля, сигнализирайте на 0700 12 400 или на avarii@vik-grad.bg.', []],
    ["Чергова лікарка на зв'язку цілодобово за номером 050 777 03 03.", []],
    ['Усіх, хто досі без світла, просимо написати на 0800@oblenergo.ua з адресою.', []],
    ['Надішліть фото лічильника на 1044@gaz-zbut.ua.', []],
    ['Час можете обрати самі в директі або за телефоном салону 044 390 12 34.', []],
    ['Оберіть, будь ласка, час, зателефонувавши на 050 222 33 44.', []],
    ['Якщо залишилися питання, чекаємо на дзвінок: 044 333 44 55.', []],
    ['Главный врач ждёт вашего звонка по номеру +7 (812) 407-55-10.', []],
    ['Мой рабочий телефон +7 (812) 407-55-10, звоните в любой день.', []],
    ['Мій робочий e-mail — o.koval@dentaplus.ua.', []],
    ['Моят служебен телефон е 0888 123 456.', []],
    // The writer on call, and a signature's label: «я на связи: …», "– Alan, shop mobile …".
    ['Если удобнее поговорить голосом, я на связи: +7 916 555-25-81, Алина.', []],
    ["Якщо захочете поговорити зі мною, я завжди на зв'язку: 093 555 40 27, Марта.", []],
    ['Bring it back whenever it suits you. – Alan, shop mobile 07700 900 555', []],
    ['We will call your mobile 07700 900 555 tomorrow.', [['privacy-phone', '07700 900 555']]],
    // "the phone number" is a noun, not "phone us"; a "ref." or a job number is an id.
    ["We've checked job 5521 against the phone number on file, 07700 900 555.", [['privacy-order', '5521'], ['privacy-phone', '07700 900 555']]],
    ['With regard to your account (patient ref. DN-20417), the balance is due.', [['privacy-order', 'DN-20417']]],
    ['Give the workshop a ring on 01632 960 555 and we will sort it.', []],
    // A line the company opened for a group, and a staff member who "will be on call" at a number.
    ['Мы открыли отдельную линию для жителей вашего дома: 8 (343) 210-00-55 или lift@uralservis-lift.example.', []],
    ['Начальник марины Сергей будет на связи по телефону +7 812 555-20-55 с 8 до 20.', []],
    // The customer's own work number stays theirs.
    ['Мы перезвоним вам на ваш рабочий телефон +7 (812) 407-55-10.', [['privacy-phone', '+7 (812) 407-55-10']]],
    ['Собственикът очаква обаждане на 0888 123 456.', []],
    ['Донесете го в магазина на бул. „Витоша“ 112 и ще го проверим.', []],
    ['Надішліть, будь ласка, її номер в особисті повідомлення або на baggage@flyua.com.', []],
    // A contact as a label at a clause's start, a place with its name before "на", role mailboxes in transliteration.
    ['Я в майстерні щодня з 8 до 17, телефон 050 771 40 08.', []],
    ['Справку подготовят в офисе управляющей компании на ул. Мира, 7.', []],
    ['Пишете на direktor@dg-slanchice.bg или на efaktura@toplina.bg.', []],
    ['За корпоративни поръчки пишете на partners@mebelino.bg.', []],
    ['Запазете час на 0878 310 522 или ни пишете в Инстаграм.', []],
    ['Ваш телефон 067 555 12 12 мы уже передали курьеру.', [['privacy-phone', '067 555 12 12']]],
    // "We're on …" gives the company's line; UK 03 numbers belong to organisations only.
    ["If you'd rather talk, we're on 0333 010 0284.", []],
    // A service the customer can use over the number: the pharmacy's line, not theirs.
    // Someone of ours on call, a direct line with its hours after it: the bracket is not part of the number.
    ["Якщо зручніше телефоном, адміністратор на зв'язку: +380 93 555 12 12 💅", []],
    ["If you'd rather not wait, her direct line is 020 7946 0321 (9am to 4pm, Monday to Friday).", []],
    ['We will call your mobile, 07700 900123 (after 6pm).', [['privacy-phone', '07700 900123']]],
    // Someone of ours named with their address in brackets; a number where we offer to discuss.
    ['От днес имате пряк контакт с акаунт мениджър, Ивелина Тодорова (ivelina.todorova@cloudsklad.bg).', []],
    ['Питання компенсації ми готові обговорити за номером +380 67 555 20 20.', []],
    ['Наш менеджер напише вам на anna.k@yandex.ru.', [['privacy-email', 'anna.k@yandex.ru']]],
    // "Ваш случай" before the verb and "удобен за Вас час" after it are no contact of the customer's.
    ['Главный врач хочет лично разобрать ваш случай — позвоните, пожалуйста, по номеру +7 (812) 640-33-33.', []],
    ['Можете сами да изберете удобен за Вас час тази седмица на телефон 0887 000 111.', []],
    ['Мы позвоним на ваш номер +7 (812) 640-33-33.', [['privacy-phone', '+7 (812) 640-33-33']]],
    ["You can also order your prescription in advance on 020 8123 4567 and it'll be ready when you arrive.", []],
    ['We delivered your order to 12 Mill Lane and will call you on 020 8123 4567.', [['privacy-address', '12 Mill Lane'], ['privacy-phone', '020 8123 4567']]],
    ['Our billing line 0345 600 1234 is open until 8pm.', []],
    ['We are delivering it to 14 Elm Grove, Leeds LS6 2AB tomorrow.', [['privacy-address', '14 Elm Grove, Leeds LS6 2AB']]],
    // A contract's number is the customer's however short it is; an English address with its town and postcode.
    ['Щодо договору №217/К від 03.02 просимо написати на office@kuhni.example.', [['privacy-order', '217/К']]],
    ['По договору № 17/03-Е от 14 марта оплата прошла.', [['privacy-order', '17/03-Е']]],
    ['The replacement will go out tomorrow to 14 Elm Grove, Leeds LS6 2AB.', [['privacy-address', '14 Elm Grove, Leeds LS6 2AB']]],
    ['See clause 4.2 of the contract.', []],
    // A number named after a staff member or one of the company's places, and a cue before an abbreviated title.
    ['Ми додали окремий номер чергового лікаря: +38 (044) 390-12-12.', []],
    ['Зручний час можна обрати за телефоном садочка (032) 244-15-15.', []],
    ['Моля, свържете се с управителя ни инж. Петров на 0878 300 200.', []],
    ['Please get in touch with our head of care, Dr. Shaw, on 020 7946 0123.', []],
    ['Лікар передзвонить вам на 067 555 12 12.', [['privacy-phone', '067 555 12 12']]],
    // The customer invited to call: a gerund («позвонив»), a choice made by phone, "look me up on".
    ['Время визита вы можете выбрать сами, позвонив по номеру 8 (495) 320-11-22.', []],
    ['Час ви можете обрати самі за телефоном 093 111 22 33.', []],
    ['Можете да ме потърсите директно на 0899 410 227.', []],
    ['Мы выяснили всё, позвонив вам по номеру 8 916 123-45-67.', [['privacy-phone', '8 916 123-45-67']]],
    ['Ще ви се обадим на 0899 410 227.', [['privacy-phone', '0899 410 227']]],
    ['Если удобнее переписка — ждём вас на club@mart24.ru.', []],
    // A public place shown by a landmark near us; a delivery to the customer's street is still theirs.
    ['Точно срещу автомивката, на ул. „Оборище“ 15, има платен паркинг.', []],
    ['Съжаляваме, че входната врата на бл. 12 стоя неремонтирана толкова дълго.', []],
    ['Курьер оставил посылку у двери, кв. 45.', [['privacy-address', 'кв. 45']]],
    ['Оставихме пратката пред бл. 214, вх. Б в Люлин 5.', [['privacy-address', 'бл. 214, вх. Б']]],
    ['Пратката е доставена на ул. „Оборище“ 15, ап. 4.', [['privacy-address', 'ул. „Оборище“ 15, ап. 4']]],
    ['Чекаємо вас на 067 555 12 12 щодня з 9 до 18.', []],
    // Where our staff went is the customer's, whoever says "our" (h68, h69); an address by its postcode alone.
    ['Our technician was at 12 Orchard Close on Wednesday.', [['privacy-address', '12 Orchard Close']]],
    ['Our driver had the address as 14 Harefield Close, BN2 6QT, but nobody answered.', [['privacy-address', '14 Harefield Close, BN2 6QT']]],
    ['Наш мастер был на ул. Ленина, 5 в среду.', [['privacy-address', 'ул. Ленина, 5']]],
    ['Ждём вас в мастерской на ул. Ленина, 5.', []],
    ['Our office will post the invoice to Hollins Farm, Low Road, Keswick CA12 4RT by Friday.', [['privacy-address', 'Hollins Farm, Low Road, Keswick CA12 4RT']]],
    ['Visit us at Unit 4, Mill Yard, Leeds LS1 4AB.', []],
    // The address we write from is ours, even on free mail; the customer's is still theirs.
    ["I'll email you today from sam@brightpixel.studio with some times.", []],
    ['Мария, напишу вам сегодня с karaoke.sol@gmail.com.', []],
    ['We got your email from mike.b@gmail.com yesterday.', [['privacy-email', 'mike.b@gmail.com']]],
    ['Зателефоную вам завтра до 12:00 з номера 044 228 90 17.', []],
    ['Ви телефонували нам з номера 067 310 48 22.', [['privacy-phone', '067 310 48 22']]],
    // A visit arranged or moved over the number after a colon (h65); a staff member who helps on a free-mail address (h67).
    ['Если среда неудобна, перенесём: 8 (8352) 30-30-31.', []],
    ['Наш майстер Василь приїде в будь-який зручний для вас час: +380 97 120 45 45.', []],
    ['Напишіть, будь ласка, адміністраторці Аліні в Instagram-директ або на karaoke.sol@gmail.com.', []],
    // After a colon, the clause that invites is the one after it («… с вас лично: пишете ѝ на …»).
    ['Д-р Николова би искала да говори с вас лично: пишете ѝ на klinika@lapichka.bg.', []],
    // «вам зручніше» is the customer suited, not the one written to (h71).
    ['Якщо вам зручніше, напишіть на dovidky@arkhiv-zhytomyr.gov.ua або подзвоніть 0412 42 15 90.', []],
    // «наберите её напрямую», «также можно написать на …» (even free mail), «обекта на ул. …» are ours; a client number is an id (h73).
    ['Управляющая Марина перезвонит вам сама, или наберите её напрямую: +7 (921) 455-18-02.', []],
    ['Правление принимает по вторникам, также можно написать на pravlenie.snt-rassvet@mail.ru.', []],
    ['Минете пак през обекта на ул. „Шипка“ 12 и кажете на Гергана, че сте писали тук.', []],
    // A security firm's «обект» is the customer's property: only the invitation makes the address ours.
    ['Проверихме сигнала от обекта Ви на ул. „Цар Симеон“ 102.', [['privacy-address', 'ул. „Цар Симеон“ 102']]],
    // A time the customer chooses, someone of ours available at set hours, a pick-up point (h74, h77).
    ['Karen in the office can book it for a time you choose yourself on 01632 960 418.', []],
    ['Директорката Росица е на разположение всеки делничен ден след 17 ч. на 0878 112 233.', []],
    ['Ножі вже готові, забрати їх можна в пункті на Подолі, вул. Костянтинівська, 12, щодня з 10:00.', []],
    ['Наш кур’єр забрав ножі за адресою вул. Костянтинівська, 12.', [['privacy-address', 'вул. Костянтинівська, 12']]],
    ['Фактурата за клиентски номер 300127745 е изготвена въз основа на показанията.', [['privacy-order', '300127745']]],
  ])('%s', (text, expected) => {
    expect(privacy(text, [], 'en').diagnostics.map((d) => [d.rule, text.slice(d.start, d.end)])).toEqual(expected);
  });
});
