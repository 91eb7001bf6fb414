/**
 * The tone model's findings: how a sentence's probabilities become warnings (with a small hand-made model, so the
 * mechanics are tested apart from the trained weights), and that the shipped models load and hear what the phrase
 * rules do not.
 */
import { describe, expect, it } from 'vitest';
import { lintReply } from '../../../lib/lint';
import { agreesWithCustomer } from '../../../lib/lint/sentence';
import { readTone, secondLook, toneFindings, type ToneReading } from '../../../lib/lint/tone';
import { loadToneModel, TONE_CLASSES, toneModel, toneProbabilities, type ToneModelFile } from '../../../lib/lint/tone-model';
import { LANGUAGES, type Language } from '../../../lib/taxonomy';
import { tokenize } from '../../../lib/text';
import type { Diagnostic, LintContext } from '../../../lib/types';

const BLAME = TONE_CLASSES.indexOf('blame_customer');
const LIABILITY = TONE_CLASSES.indexOf('liability');

/**
 * Hears blame in "сами" and "сами виноваты", admitted liability in "признаём вину"; and some blame in a sentence after
 * one with "сами" ("<сам") and before one with "вину" (">вин").
 */
const row = (weights: Partial<Record<number, number>>) => TONE_CLASSES.map((_, c) => weights[c] ?? 0);
const HAND_MADE = {
  classes: [...TONE_CLASSES],
  thresholds: TONE_CLASSES.map(() => 0.5),
  bias: TONE_CLASSES.map(() => -3),
  vocabulary: ['сам', 'виноват', 'вин', 'призна', '<сам', '>вин'],
  rows: [
    ...row({ [BLAME]: 2 }),
    ...row({ [BLAME]: 0.5 }),
    ...row({ [LIABILITY]: 1 }),
    ...row({ [BLAME]: 2 }),
    ...row({ [LIABILITY]: 4 }),
    ...row({ [BLAME]: 2 }),
    ...row({ [BLAME]: 2 }),
  ],
  wordRows: [0, 1, 2, -1, 5, 6],
  pairRows: [0, 1, 3, 3, 2, 4],
} satisfies ToneModelFile;
const handMade = loadToneModel(HAND_MADE);

function readWithHandMade(sentence: string, found: Diagnostic[] = []): ToneReading | null {
  return readTone(sentence, tokenize(sentence, 'ru'), 0, handMade, found);
}

/** The hand-made model's warnings on a sentence alone. */
function lintWithHandMade(sentence: string, context: LintContext = {}, found: Diagnostic[] = []): readonly Diagnostic[] {
  const reading = readWithHandMade(sentence, found);
  return reading ? toneFindings(reading, null, null, handMade, context, 'en') : [];
}

describe('tone diagnostics', () => {
  it('warn over the whole sentence, without its surrounding spaces, with the class message from the seeds', () => {
    const sentence = '  Вы сами виноваты в задержке. ';
    const [d, ...rest] = lintWithHandMade(sentence);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'model-blame-customer', class: 'blame_customer', severity: 'warning', fixes: [] });
    expect(sentence.slice(d!.start, d!.end)).toBe('Вы сами виноваты в задержке.');
    expect(d!.message).toMatch(/blames the customer.*Seeds 001, 004/);
  });

  it('stay silent below the threshold: one cue word is not enough here', () => {
    expect(lintWithHandMade('Мы сами привезём заказ завтра.')).toEqual([]);
  });

  it('do not repeat a class a phrase rule already marked in the sentence', () => {
    const rule: Diagnostic = { rule: 'ru-blame-customer-sami', class: 'blame_customer', severity: 'error', start: 3, end: 16, message: '', fixes: [] };
    expect(lintWithHandMade('Вы сами виноваты.', {}, [rule])).toEqual([]);
  });

  it('read only our words: a quoted customer phrase does not count', () => {
    expect(lintWithHandMade('Вы пишете «сами виноваты» — простите, что так вышло.')).toEqual([]);
  });

  it('read no tone into a signature, but do into a sentence addressed to someone by name', () => {
    for (const signature of ['Сами Виноватов, служба заботы', 'Сами Виноватов, Customer Care', 'Сами Виноватов, администратор салона']) expect(lintWithHandMade(signature)).toEqual([]);
    expect(lintWithHandMade('Сами, вы сами виноваты').map((d) => d.class)).toEqual(['blame_customer']);
  });

  it('flag liability only in a legal threat or a contract dispute', () => {
    const sentence = 'Мы признаём вину полностью.';
    expect(lintWithHandMade(sentence, { category: 'billing_problem' })).toEqual([]);
    expect(lintWithHandMade(sentence, { category: 'contract_dispute' }).map((d) => d.class)).toEqual(['liability']);
    expect(lintWithHandMade(sentence, { category: 'delivery_problem', flags: ['legal_threat'] }).map((d) => d.class)).toEqual(['liability']);
  });

  it('hear a sentence with its neighbours: each word of the one before and the one after weighs in once', () => {
    const classes = (sentence: string, previous: string | null, next: string | null) =>
      toneFindings(readWithHandMade(sentence)!, previous ? readWithHandMade(previous) : null, next ? readWithHandMade(next) : null, handMade, {}, 'en').map(
        (d) => d.class,
      );
    expect(classes('Вы сами.', null, null)).toEqual([]);
    expect(classes('Вы сами.', 'Сами понимаете.', null)).toEqual(['blame_customer']);
    expect(classes('Вы сами.', null, 'Мы не видим здесь вины.')).toEqual(['blame_customer']);
    // "вину" before the sentence is not "вину" after it; and "сами" said three times counts as once.
    expect(classes('Вы сами.', 'Мы не видим здесь вины.', null)).toEqual([]);
    expect(classes('Вы.', 'Сами, сами и сами.', null)).toEqual([]);
  });

  it('judge a sentence with no neighbour yet at even odds at least, whatever lower threshold its reply would get', () => {
    const lowered = loadToneModel({ ...HAND_MADE, thresholds: TONE_CLASSES.map(() => 0.2) });
    const read = (sentence: string) => readTone(sentence, tokenize(sentence, 'ru'), 0, lowered, [])!;
    // "сами" alone: log-odds -1, a probability of 0.27.
    expect(toneFindings(read('Вы сами.'), null, null, lowered, {}, 'en')).toEqual([]);
    expect(toneFindings(read('Вы сами.'), read('Здравствуйте!'), null, lowered, {}, 'en').map((d) => d.class)).toEqual(['blame_customer']);
  });

  it('take a second look at a quiet sentence between neighbours: the one class heard most, from a probability of 0.1', () => {
    const look = (sentence: string, previous: string | null, context: LintContext = {}) =>
      secondLook(readWithHandMade(sentence), previous ? readWithHandMade(previous) : null, null, handMade, context, 'en').map((d) => d.class);
    // "сами": log-odds -1, a probability of 0.27, under the hand-made threshold of 0.5.
    expect(lintWithHandMade('Вы сами.')).toEqual([]);
    expect(look('Вы сами.', 'Здравствуйте!')).toEqual(['blame_customer']);
    expect(look('Вы сами.', null)).toEqual([]);
    // Nothing heard: the bias alone, 0.05.
    expect(look('Ждём вас.', 'Здравствуйте!')).toEqual([]);
    // Blame at 0.27 and liability at 0.12 (a contract dispute): only the louder one.
    expect(look('Сами, и вину.', 'Здравствуйте!', { category: 'contract_dispute' })).toEqual(['blame_customer']);
  });

  it('read word pairs in order: "виноваты сами" is not the pair "сами виноваты"', () => {
    const inOrder = toneProbabilities(handMade, tokenize('сами виноваты', 'ru'))[BLAME]!;
    const reversed = toneProbabilities(handMade, tokenize('виноваты сами', 'ru'))[BLAME]!;
    expect(inOrder).toBeGreaterThan(0.5);
    expect(reversed).toBeLessThan(0.5);
  });
});

describe('the shipped tone models', () => {
  it('refuse a file whose classes are not the twelve of TONE_CLASSES in order: the scorer adds rows of exactly those', () => {
    const reordered = { classes: [...TONE_CLASSES].reverse(), thresholds: [], bias: [], vocabulary: [], rows: [], wordRows: [], pairRows: [] };
    expect(() => loadToneModel(reordered)).toThrow(/retrain/);
    expect(() => loadToneModel({ ...reordered, classes: TONE_CLASSES.slice(1) })).toThrow(/retrain/);
  });

  it.each(LANGUAGES)('load for %s with thresholds for a sentence heard in its reply, none below 0.15', (language) => {
    const model = toneModel(language);
    expect(model.classes).toEqual(TONE_CLASSES);
    for (const t of model.thresholds) expect(t).toBeGreaterThanOrEqual(0.15);
    expect(model.vocabulary.size).toBeGreaterThan(500);
  });

  it('hear blame in wordings no phrase rule names, and leave a good reply alone', () => {
    // The rule, then how the customer broke it: blame no phrase names, which only the model can hear.
    const unnamed: [Language, string][] = [
      ['ru', 'Инструкция лежала в коробке на трёх языках, её просто нужно было открыть и прочитать до сборки.'],
      ['ru', 'Фильтр меняют раз в полгода, а у вас он стоял с момента покупки.'],
      ['ru', 'Бронь держится 15 минут, а вы пришли через сорок.'],
      ['uk', 'Кросівки для бігу по асфальту, а не для походів у гори під дощем.'],
      ['uk', 'Квиток був на 8:10, а ви підійшли до воріт о 8:25.'],
      ['bg', 'Зарядното е за 5 волта, а Вие сте включили таблета на зарядно за лаптоп.'],
      ['en', 'The care label says hand wash only, and this one has clearly been through a hot machine cycle.'],
      ['en', 'Our cut-off for same-day orders is 2pm, and yours came in at 4:40.'],
    ];
    const heard = unnamed.filter(([language, text]) => {
      const model = toneModel(language);
      return toneProbabilities(model, tokenize(text, language))[BLAME]! >= model.thresholds[BLAME]!;
    });
    // The shipped model hears 3 of the 8 at its threshold (the others score 0.18–0.44). Models trained on fewer good
    // replies that explain a cause heard up to 5, with twice the false alarms on the reply sets; one of the retrains
    // since heard 2. None heard means the model has lost what it generalises.
    expect(heard.length).toBeGreaterThanOrEqual(2);
    const good = lintReply(
      'Марина, добрый день. Простите, что сборка шкафа превратилась в квест: в коробке не хватило двух петель. Мастер привезёт их и соберёт шкаф в субботу — напишите нам в директ удобное время.',
      { language: 'ru', category: 'product_defect', customerName: 'Марина' },
    );
    expect(good.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('hear no removal request in saying that we are not asking for one', () => {
    const notAsking: [Language, string][] = [
      ['ru', 'Мы не просим вас менять отзыв — нам важно исправить ошибку.'],
      ['en', "We're not asking you to change your review; we want to put this right."],
    ];
    for (const [language, text] of notAsking) expect(lintReply(text, { language }).filter((d) => d.class === 'removal_request')).toEqual([]);
  });

  it('hear no shrug in declining to discuss something in public', () => {
    const text = 'Не можем да обсъждаме резултатите от изследването публично — това са Ваши лични данни.';
    expect(lintReply(text, { language: 'bg', category: 'legal_threat', flags: ['legal_threat'] }).filter((d) => d.class === 'dismissive')).toEqual([]);
  });

  it('hear no argument or blame in a sentence that agrees with the customer and takes nothing back', () => {
    const agrees = (sentence: string, language: Language) => agreesWithCustomer(sentence, tokenize(sentence, language), 0, language);
    const agreeing: [string, Language][] = [
      ["You're right that twelve people around one hob meant most of the evening was spent watching, and that isn't what you paid for.", 'en'],
      ['Вы правы: дозвониться до нас на прошлой неделе было почти невозможно, а вам нужно было срочно уточнить список.', 'ru'],
      ['Маєте рацію: черга в п’ятницю була задовга, і ми мали відкрити другу касу.', 'uk'],
      ['Прави сте, че чакането беше твърде дълго за малко дете.', 'bg'],
    ];
    for (const [sentence, language] of agreeing) expect(agrees(sentence, language)).toBe(true);
    const takenBack: [string, Language][] = [
      ["You're right that the class was busy, but nobody else found it slow.", 'en'],
      ['Вы правы, однако условия были написаны на сайте.', 'ru'],
      ['Вы сами не проверили адрес.', 'ru'],
    ];
    for (const [sentence, language] of takenBack) expect(agrees(sentence, language)).toBe(false);
  });
});
