/**
 * Legal steps told next to staff rudeness, where legal wins by precedence: a lawyer consulted, briefed or given the
 * papers, a formal demand coming from them, a disability or discrimination complaint. Their traps: a court named for
 * the writer's own case, a regulator or a suit declined ("not the type who goes to court"), a police report on
 * scammers who faked the shop's page, a lawyer who recommends the place; and a decline that a "but" overrides.
 * Then rudeness told inside a delivery or service story. The texts are new wording, in all four languages.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analyze';

type Case = [family: string, text: string, rating?: number];

const THREATS: Case[] = [
  ['a lawyer talked to, en', 'The receptionist rolled her eyes and told me to stop wasting her time, then they billed me twice for the same visit. I have already talked to an attorney about it.', 1],
  ['a lawyer spoken with about a disability complaint, en', 'The host shouted at my brother for bringing his guide dog inside. We have spoken with a lawyer about a disability discrimination claim.', 1],
  ['papers handed to a lawyer, en', 'Your driver swore at my wife and left the fridge in the driveway, dented. All the paperwork has gone to my solicitor.', 1],
  ['an ADA complaint, en', 'No ramp, no accessible toilet, and the manager laughed when my dad asked. We are filing an ADA complaint.', 1],
  ['a lawyer already aware of the case, bg', 'Касиерката ми се разкрещя пред опашката, а от картата ми взеха два пъти по 86 лв. Адвокатът ми вече е запознат с всичко.', 1],
  ['papers given to a lawyer who will send a demand, bg', 'Управителят ме обиди пред колегите ми и отказа да върне депозита. Дадох договора на адвокат и той ще ви изпрати нотариална покана.', 1],
  ['a discrimination complaint, bg', 'Охраната не пусна сина ми в заведението заради инвалидната количка. Подаваме жалба за дискриминация.', 1],
  ['papers given to a lawyer, ru', 'Администратор нахамила мне при всех, а за отменённый тур деньги так и не вернули. Отдала все чеки юристу.', 1],
  ['a lawyer in the know and a claim coming, ru', 'Мастер наорал на меня, когда я попросила переделать. Адвокат уже в курсе, он направит вам претензию.', 1],
  ['a discrimination complaint, ru', 'Маму на коляске не пустили в зал и посмеялись вслед. Будем писать жалобу о дискриминации.', 1],
  ['papers handed to a lawyer, uk', 'Менеджерка нагрубила і кинула трубку, а гроші за тур не повернули. Я передала всі документи адвокату.', 1],
  ['a lawyer in the know and a claim coming, uk', 'Водій накричав на маму, а посилку розбили. Юрист уже в курсі, чекайте на претензію.', 1],
  ['a decline overridden by a "but", en', 'Broadband down for nine days. I am not the suing type, but I have already complained to Ofcom.', 1],
  ['a decline overridden by a "but", bg', 'Две седмици чакам монтажа. Не съм от хората, които ходят по съдилища, но вече подадох жалба в КЗП.', 1],
];

const NOT_THREATS: Case[] = [
  ['a court for the writer’s own custody case, in a question, bg', 'Добър ден, трябва ми заверено копие на дипломата, което да представя в съда по делото за издръжка. Колко време отнема?', 3],
  ['a court for the writer’s own custody case, in a question, ru', 'Здравствуйте, нужен нотариальный перевод свидетельства для суда по делу об опеке. Сколько это стоит и сколько по времени?', 3],
  ['a court for the writer’s own custody case, in a question, uk', 'Добрий день, потрібен переклад довідки до суду у справі про опіку. Скільки коштує і чи працюєте в неділю?', 3],
  ['a court for the writer’s own custody case, in a question, en', 'Hi, I need a certified translation of my son’s school records for my custody hearing. How long does it take?', 3],
  ['a regulator not bothered with, en', 'Signal has been dropping every evening for a week. Not going to bother with Ofcom, I just want it sorted.', 2],
  ['not the kind who goes to court, bg', 'Монтажниците не дойдоха, никой не се обади. Не съм от тези, които ходят по съдилища, но това е подигравка.', 1],
  ['not the kind who goes to court, ru', 'Мебель привезли с опозданием на неделю. Я не из тех, кто бегает по судам, но так работать нельзя.', 2],
  ['not the kind who goes to court, uk', 'Шафу привезли на тиждень пізніше. Я не з тих, хто бігає по судах, але так працювати не можна.', 2],
  ['a police report on scammers with a fake page, uk', 'Шахраї зробили фейковий сайт вашої аптеки, я заплатила їм 900 грн. Заяву в поліцію на них подала. Чому ви не попередили людей?', 2],
  ['a police report on scammers with a fake page, ru', 'Какие-то мошенники создали фейковый аккаунт вашего магазина, я перевела им 2 000 ₽. Заявление в полицию на них написала. Предупредите людей!', 2],
  ['a police report on scammers with a fake page, bg', 'Измамници направиха фалшива страница на магазина ви и ми взеха 60 лв. Подадох сигнал в полицията срещу тях. Защо не предупредите хората?', 2],
  ['a police report on scammers with a fake page, en', 'Someone set up a fake page with your logo and took £80 off me. I reported it to the police. Why haven’t you warned people?', 2],
  ['a lawyer who recommends the place, bg', 'Адвокатът ми препоръча този ресторант и беше прав, храната е страхотна!', 5],
];

describe('legal steps next to rudeness, and their traps, in four languages', () => {
  it.each(THREATS)('threat: %s', (_family, text, rating) => {
    const analysis = analyzeReview({ text, rating });
    expect(analysis.category).toBe('legal_threat');
    expect(analysis.flags).toContain('legal_threat');
  });

  it.each(NOT_THREATS)('no threat: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).flags).not.toContain('legal_threat');
  });
});

const RUDENESS: Case[] = [
  ['sworn at by a driver, ru', 'Маршрутка 112, водитель обматерил пенсионерку за то, что она медленно заходила. Остановку потом проехал.', 1],
  ['shouted at across the hall, ru', 'Посылку выдавали сорок минут, а операторша ещё и крикнула на весь зал, что я мешаю работать.', 1],
  ['"not an information desk", uk', 'Спитала на касі вокзалу про пересадку, а касирка: «я вам не довідкове бюро». Потяг я ледь не пропустила.', 1],
  ['shouted at in front of the shop, uk', 'Дитина заплакала в черзі, а касирка закричала на весь магазин, щоб ми вийшли.', 1],
  ['sworn at by a taxi driver, bg', 'Шофьорът ни напсува, защото поискахме да спре по-близо до входа. Колата беше и мръсна.', 1],
  ['hung up on, bg', 'Звъня на куриера да питам къде е пратката, а той ми затваря, без да каже дума.', 1],
  ['an f-bomb from a waiter, en', 'Our waiter dropped an f-bomb at my dad because he asked for a clean glass. The pasta was cold too.', 1],
  ['accused of shoplifting, en', 'The guard accused my daughter of shoplifting in front of the whole queue, then the manager shrugged and walked off.', 1],
];

const NOT_RUDENESS: Case[] = [
  ['a child shouting, not staff, uk', 'Чудовий магазин, дитина закричала від радості, коли побачила іграшки. Дякуємо!', 5],
  ['people like you thanked, en', 'Thank you for the quick repair, it is people like you who keep small towns going.', 5],
];

describe('rudeness told inside a delivery or service story, in four languages', () => {
  it.each(RUDENESS)('staff_rudeness: %s', (_family, text, rating) => {
    const analysis = analyzeReview({ text, rating });
    expect(analysis.category).toBe('staff_rudeness');
    expect(analysis.flags).toContain('staff_rudeness');
  });

  it.each(NOT_RUDENESS)('no rudeness: %s', (_family, text, rating) => {
    expect(analyzeReview({ text, rating }).flags).not.toContain('staff_rudeness');
  });
});
