/**
 * Language of a review: ru / uk / bg / en, anything else is "other". Letter cues decide most texts
 * (uk: і ї є ґ; ru: ы э ё; bg: ъ as a vowel), then function words, word stems typical of one language
 * and endings its grammar alone has, so that a single short sentence is enough.
 */
import type { DetectedLanguage } from '../taxonomy';
import { normalizeWord } from './normalize';
import { latinToCyrillic } from './translit';

/** The Cyrillic candidates; "cyr" stands for Belarusian, Serbian and Macedonian, reported as "other". */
type Cyrillic = 'ru' | 'uk' | 'bg' | 'cyr';
type Scores = Record<Cyrillic, number>;

/** Translit is told from English and other Latin languages only on a few words at least. */
const TRANSLIT_MIN_WORDS = 4;
const TRANSLIT_MIN_FUNCTION_WORDS = 3;
const Q_FOR_YA = /q(?!u)/;
/** Share of English function words ("the", "my", "was") above which a Latin text is English. */
const TRANSLIT_MAX_ENGLISH_SHARE = 0.15;

/** Only the start of a long text is read: a language does not change halfway through a review. */
const SAMPLE_CHARS = 500;

const WORD = /[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;

/** Any letter of the Cyrillic blocks (what \p{Script=Cyrillic} tests, at a fraction of the cost per word). */
function hasCyrillicLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x400 && c <= 0x52f) || (c >= 0x1c80 && c <= 0x1c8f) || (c >= 0x2de0 && c <= 0x2dff) || (c >= 0xa640 && c <= 0xa69f)) return true;
  }
  return false;
}
const LATIN_LETTER = /\p{Script=Latin}/u;
/** Cyrillic letters of other languages (Serbian, Macedonian, Belarusian, Kazakh, ...). */
const OTHER_CYRILLIC = /[јљњћђџѓќѕўәғқңөұүһѐ]|е\u0300/u;
const NON_ENGLISH_LATIN = /[àáâãäåæçèéêëìíîïðñòóôõöøœùúûüýÿßąćęłńśźżčďěňřšťůžğışţășț]/u;
/** Letter pairs English spelling hardly has (Polish, Czech, Dutch, Hungarian). */
const NON_ENGLISH_DIGRAPHS = /cz|sz|rz|dz|ij|zs|aa|uu/u;

function wordSet(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

const CYRILLIC_WORDS: Record<Cyrillic, Set<string>> = {
  ru: wordSet(`это что чтобы как очень меня мне мы вы они он она оно был была было были нет уже еще когда если
    только где его ее их тоже даже потом просто сейчас всего к я же бы который которая которые
    можно нужно надо теперь здесь почему хочу вообще спасибо деньги заказ никто ничего сотрудник сотрудники
    отзыв сказали сказал говорит раз день дня дней год лет такой такая какой какая тут там этот эта эти
    будет буду свой свою своих минут часа часов через после или либо снова туда сюда каждый лишь нету блин
    но и ни об также пожалуйста всегда никогда сегодня вчера завтра тогда конечно итоге`),
  uk: wordSet(`що це як та але дуже був була було були мені мене вже тільки щоб його від із з й які яка який
    ще теж коли якщо немає нема ні ми ви вони вона він цей ця ці свій мій можна треба зараз тому через після
    дякую гроші замовлення ніхто нічого співробітник відгук сказали сказав раз днів рік років такий така
    тут там буде буду свою своїх хвилин годин їх і її або чи також знову туди сюди щось тобто проте потім
    досі навіть лише тепер де кожен цим цього цьому цих кажу ранок ранку чому роки купую грн тиждень тижня дитина
    січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня березень квітень
    травень червень липень серпень вересень жовтень листопад грудень`),
  bg: wordSet(`е са съм сме сте ще аз във със към това тази този тези които която който какво няма нямаше
    беше бяха бях вече още обаче защото сега само трябва много след се си нищо никой всичко всички
    благодаря моля здравейте пратка пари обслужване тя те ние вие ти му им мен ден минути година години
    кога тук кзп но и ни защо нали ако нея него тях човек хора пак пъти лв лева дойде дойдоха някой някои
    дали имат има изобщо докога добре може като нещо нито ама какви някакво някаква някакъв`),
  cyr: wordSet(`многу сум зошто што благодарам навреме дека нема молим новац хвала није јесте ово веома врло
    дзякуй вельмі таксама калі гэта`),
};

/** Stems typical of one language (lexical: the word for "fast", "order", "thanks" ...). */
const CYRILLIC_STEMS: Record<Exclude<Cyrillic, 'cyr'>, string[]> = {
  ru: ['спасиб', 'пожалуйст', 'сейчас', 'плох', 'звонил', 'заказ', 'недел', 'курьер', 'получил', 'вернул', 'хорош'],
  uk: ['швидк', 'сподоб', 'замовл', 'отрим', 'відпов', 'зверн', 'повідом', 'дзвон', 'тижн', 'гарн', 'жахлив', 'кошт', 'погано', 'будь', 'держспожив', 'держпродспожив', 'заяву', 'скарг', 'посилк'],
  bg: ['поръч', 'пратк', 'благодар', 'добре', 'хубав', 'лош', 'счуп', 'закъсн', 'обажд', 'звънн', 'отговор', 'вдиг', 'никак', 'сметк', 'сток', 'единствен', 'давам', 'пратих', 'получих'],
};

/** CYRILLIC_STEMS indexed by their first three letters, so each word costs one lookup. */
const STEMS_BY_HEAD = new Map<string, [string, Exclude<Cyrillic, 'cyr'>][]>();
for (const lang of ['ru', 'uk', 'bg'] as const) {
  for (const stem of CYRILLIC_STEMS[lang]) {
    const head = stem.slice(0, 3);
    STEMS_BY_HEAD.set(head, [...(STEMS_BY_HEAD.get(head) ?? []), [stem, lang]]);
  }
}

/** Endings (checked on words of 4+ letters) that only some of the languages have: [endings, languages, weight]. */
const CYRILLIC_ENDINGS: [string, Exclude<Cyrillic, 'cyr'>[], number][] = [
  ['его тся ешь ишь ые ый ой', ['ru'], 1.5],
  // Bulgarian has no infinitive, no reflexive suffix and no case endings.
  ['[аеиоуя]ть [бгджзклмнпрстфхцчшщ]ся ений аний ают яют уют ает яет ует ое ее ая', ['ru'], 1],
  ['ами ями ов ому ему ом', ['ru', 'uk'], 1],
  ['ил усь юсь', ['ru'], 0.5],
  ['ът ове еше аха яха ахме ията ието ият ето охме охте ихме ихте', ['bg'], 1.5],
  // The aorist of "подадох", "донесоха", "получиха": Russian has these endings only in a few nouns (горох, эпоха).
  ['ох оха иха', ['bg'], 1],
  ['ят ото ата ята', ['bg'], 0.5],
  ['ння ють ій ії ив уся юся тись тися вся [аеиоуяю]ся [бвдзлмпрстф]ий емо имо', ['uk'], 1.5],
  ['ав [аиуя]ти', ['uk'], 1],
  ['ний', ['uk'], 0.5],
];
const LONGEST_ENDING = 4;

/** "[аеиоуя]ть" → "ать", "еть", … */
function spellOut(ending: string): string[] {
  const m = /^\[(.+?)\](.*)$/u.exec(ending);
  return m ? Array.from(m[1]!, (letter) => letter + m[2]!) : [ending];
}

/** Each ending to the bitmask of the CYRILLIC_ENDINGS rows it belongs to, so a word costs a few lookups. */
const ENDING_ROWS = new Map<string, number>();
CYRILLIC_ENDINGS.forEach(([endings], row) => {
  for (const ending of endings.split(' ').flatMap(spellOut)) ENDING_ROWS.set(ending, (ENDING_ROWS.get(ending) ?? 0) | (1 << row));
});

const LATIN_WORDS = {
  en: wordSet(`the and is was were to of in it that this for with on at my me we they you your our not no but have has
    had be been are very service order never would will did do does from what when there all just an a i so get
    got after again time staff customer they them their told asked called still because than as by if or can out up
    about which who one more only also any how why day days room card app money account please`),
  other: wordSet(`der das und ist nicht ich sie mit für auf ein eine den dem zu von le la les et est une des du pas
    pour que qui avec dans sur el los las y es por con una del para muy pero il che di non sono della gli
    um uma não com os em ao na nao het een van niet ik je dat zijn ook maar nie jest się że na do to ale bir ve
    bu çok için ile da je nejsem ale se že na te se lo le mi tu su dos tres más mas como cuando donde porque
    gracias pedido nunca siempre también hay fue era veces mismo dlaczego tak bardzo jak czy już tylko może
    grazie molto ordine sehr danke bestellung merci commande très`),
};

function scoreCyrillic(text: string, words: string[]): Scores {
  const score: Scores = { ru: 0, uk: 0, bg: 0, cyr: 0 };
  let ukLetters = 0;
  let ruLetters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // і ї є ґ / ы э ё
    if (c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491) ukLetters++;
    else if (c === 0x44b || c === 0x44d || c === 0x451) ruLetters++;
  }
  // Belarusian writes both і and ы.
  if (ukLetters > 0 && ruLetters > 0 && text.includes('ы') && text.includes('і')) score.cyr += 3 * Math.min(ukLetters, ruLetters);
  score.uk += 3 * ukLetters;
  score.ru += 3 * ruLetters;
  for (const m of text.matchAll(/ъ(.?)/gu)) {
    if (m[1] && 'еёюя'.includes(m[1])) score.ru += 1;
    else score.bg += 3;
  }
  if (/(?:^|[^е])йш/u.test(text)) score.uk += 1.5;
  // "ѝ" (her) is Bulgarian spelling.
  if (text.includes('ѝ')) score.bg += 3;
  for (const w of words) {
    if (w.includes("'") && hasCyrillicLetter(w)) score.uk += 2;
    if (CYRILLIC_WORDS.cyr.has(w)) score.cyr += 2;
    if (CYRILLIC_WORDS.ru.has(w)) score.ru += 1;
    if (CYRILLIC_WORDS.uk.has(w)) score.uk += 1;
    if (CYRILLIC_WORDS.bg.has(w)) score.bg += w === 'се' ? 2 : 1;
    for (const [stem, lang] of STEMS_BY_HEAD.get(w.slice(0, 3)) ?? []) if (w.startsWith(stem)) score[lang] += 1.5;
    if (w.length >= 4) {
      let rows = 0;
      for (let n = 2; n <= LONGEST_ENDING; n++) rows |= ENDING_ROWS.get(w.slice(-n)) ?? 0;
      for (let row = 0; rows !== 0; row++, rows >>= 1) {
        if ((rows & 1) === 0) continue;
        const [, langs, weight] = CYRILLIC_ENDINGS[row]!;
        for (const lang of langs) score[lang] += weight;
      }
    }
  }
  return score;
}

function detectLatin(text: string, words: string[]): DetectedLanguage {
  let en = 0;
  let other = 0;
  for (const w of words) {
    if (LATIN_WORDS.en.has(w)) en++;
    if (LATIN_WORDS.other.has(w)) other++;
    if (NON_ENGLISH_DIGRAPHS.test(w)) other += 0.5;
  }
  if (NON_ENGLISH_LATIN.test(text)) other += 2;
  return transliteratedLanguage(text, words, en) ?? (en >= other ? 'en' : 'other');
}

/**
 * Bulgarian, Russian or Ukrainian typed in Latin letters, without the diacritics of Czech, Polish or Croatian: spelled
 * back into Cyrillic, at least three different function words of those languages ("mnogo", "veche", "nishto") or
 * words with a "q" for "я" (Bulgarian "nqma", "trqbva": English has a "q" only before "u"), and hardly an English
 * word. Then the Cyrillic copy reads as one of them by the same cues as any Cyrillic text.
 */
function transliteratedLanguage(text: string, words: string[], englishWords: number): DetectedLanguage | null {
  if (words.length < TRANSLIT_MIN_WORDS || englishWords > TRANSLIT_MAX_ENGLISH_SHARE * words.length || NON_ENGLISH_LATIN.test(text)) return null;
  const cyrillic = latinToCyrillic(text).text;
  const cyrillicWords = Array.from(cyrillic.matchAll(WORD), (m) => normalizeWord(m[0]));
  const functionWords = new Set(cyrillicWords.filter(isSlavicFunctionWord));
  const qForYa = new Set(words.filter((w) => Q_FOR_YA.test(w)));
  if (functionWords.size + qForYa.size < TRANSLIT_MIN_FUNCTION_WORDS) return null;
  return pickCyrillic(scoreCyrillic(cyrillic, cyrillicWords));
}

/** Function words whose Latin spelling is also an English word ("on", "let", "ego", "no") prove nothing. */
const ENGLISH_IN_CYRILLIC = new Set(['он', 'лет', 'ви', 'им', 'его', 'но', 'то', 'ту', 'ни']);

function isSlavicFunctionWord(w: string): boolean {
  return w.length >= 2 && !ENGLISH_IN_CYRILLIC.has(w) && (CYRILLIC_WORDS.bg.has(w) || CYRILLIC_WORDS.ru.has(w) || CYRILLIC_WORDS.uk.has(w));
}

function pickCyrillic(score: Scores): DetectedLanguage {
  const best = Math.max(score.ru, score.uk, score.bg, score.cyr);
  if (best === 0 || score.ru === best) return 'ru';
  if (score.cyr === best) return 'other';
  // Between Bulgarian and Ukrainian a tie goes to Bulgarian: it has fewer letter cues of its own.
  return score.bg === best ? 'bg' : 'uk';
}

export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const lower = sample.normalize('NFC').toLowerCase();
  let cyrillic = 0;
  let latin = 0;
  let otherLetters = 0;
  const words: string[] = [];
  for (const m of lower.matchAll(WORD)) {
    const w = m[0];
    if (hasCyrillicLetter(w)) cyrillic += w.length;
    else if (LATIN_LETTER.test(w)) latin += w.length;
    else otherLetters += w.length;
    words.push(normalizeWord(w));
  }
  if (cyrillic === 0 && latin === 0) return 'other';
  if (otherLetters > cyrillic + latin) return 'other';
  if (latin > cyrillic) return detectLatin(lower, words);
  if (OTHER_CYRILLIC.test(lower)) return 'other';
  return pickCyrillic(scoreCyrillic(lower, words));
}
