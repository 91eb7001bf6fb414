/**
 * The char-code fast paths must give exactly what the slow general paths give: scanTokens what the TOKEN grammar
 * alone gives, and scanSentences what Intl.Segmenter gives.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindOfMatch, scanSentences, scanTokens, sentences, sentencesWithSegmenter, TOKEN } from '../../../lib/text/segment';

function byGrammarAlone(text: string): { start: number; end: number; kind: string }[] {
  const token = new RegExp(TOKEN.source, 'gu');
  return [...text.matchAll(token)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: kindOfMatch(m) }));
}

const spans = (text: string) => scanTokens(text).map(({ start, end, kind }) => ({ start, end, kind }));

const corpus = readFileSync(join(__dirname, '../../fixtures/corpus/reviews.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { text: string }).text);

describe('scanTokens', () => {
  it('splits every dev-corpus review exactly as the token grammar does', () => {
    for (const text of corpus) expect(spans(text)).toEqual(byGrammarAlone(text));
  });

  it('agrees with the grammar on apostrophes, marks, digits, emoji and other scripts next to plain words', () => {
    const tricky = [
      "Обов'язково м’ясо don't l'été",
      'café naïve Ä̈ x\u0301y й\u0306',
      'order#4471 №48213 3-4 дня 1,5 кг 10:30 100₽ 20%',
      'ok👍🏽 вау🇺🇦 😂😂 👩‍💻x',
      'ПРИВЕТ!!! ну?.. да… "кавычки" «ёлки» (скобки) [x] {y}',
      'αβγ שלום مرحبا',
      'a\u2028b\u2003c\u0301\u0301 d',
      '',
      '   ',
    ];
    for (const text of tricky) expect(spans(text)).toEqual(byGrammarAlone(text));
  });

  // Han, kana, Thai and the like go through Intl.Segmenter instead (see segment.ts), so they are left out here.
  it('agrees with the grammar on random mixes of the characters replies are made of', () => {
    const alphabet = [...'aZяЁїґ ,.!?:;()…\'’‘-1😀\u0301\u00a0\n€#"«»ñ'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 30) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(spans(text), JSON.stringify(text)).toEqual(byGrammarAlone(text));
    }
  });
});

/** `text` and `reply` of every line of the .jsonl files in `dir` (lines without them, such as label files, give none). */
function jsonlTexts(dir: string, names?: string[]): string[] {
  const files = (names ?? readdirSync(dir).filter((f) => f.endsWith('.jsonl'))).map((f) => join(dir, f));
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .flatMap((line) => {
        const { text, reply } = JSON.parse(line) as { text?: unknown; reply?: unknown };
        return [text, reply].filter((t): t is string => typeof t === 'string');
      }),
  );
}

/** The texts on which sentences(), or the scanner where it takes the text, splits differently from Intl.Segmenter. */
function disagreements(texts: string[]): string[] {
  return texts.filter((text) => {
    const reference = JSON.stringify(sentencesWithSegmenter(text));
    const scanned = scanSentences(text);
    return JSON.stringify(sentences(text)) !== reference || (scanned !== undefined && JSON.stringify(scanned) !== reference);
  });
}

/** The texts the scanner leaves to Intl.Segmenter. */
const unscanned = (texts: string[]) => texts.filter((text) => scanSentences(text) === undefined);

function expectScannerAgreesOnCorpus(texts: string[]): void {
  expect(disagreements(texts)).toEqual([]);
  // Only emoji, other scripts and rare symbols send a text to Intl.Segmenter, so most go through the scanner.
  expect(unscanned(texts).length).toBeLessThan(texts.length * 0.1);
}

const sharedCorpus = join(import.meta.dirname, '../../../../shared/corpus');

describe('sentences', () => {
  it.runIf(existsSync(sharedCorpus))('splits every real review and business reply as Intl.Segmenter does', () => {
    expectScannerAgreesOnCorpus(jsonlTexts(sharedCorpus, ['reviews.ru.jsonl', 'reviews.uk.jsonl', 'reviews.en.jsonl']));
  });

  it('splits every fixture review and reply as Intl.Segmenter does', () => {
    const fixtures = join(__dirname, '../../fixtures');
    expectScannerAgreesOnCorpus([...jsonlTexts(join(fixtures, 'corpus')), ...jsonlTexts(join(fixtures, 'replies'))]);
  });

  it('agrees with Intl.Segmenter on abbreviations, numbers, quotes, brackets and line breaks', () => {
    const tricky = [
      'U.S. Army',
      '3.5 stars',
      'e.g. this',
      'Wait...what?!',
      '«Хорошо.» Потом',
      'etc.) and',
      'Line one.\r\nLine two.\rLine three.\nLine four',
      'Hello.\n\nWorld.\n\n',
      'Trailing spaces.   ',
      'He said "Stop." Then he left.',
      '(See above.) Next (see below.) next',
      'Really?! “Yes.” ok. OK.',
      'Мы разберёмся… Спасибо! Т.е. так. Г. Москва, ул. Ленина, д. 5.',
      'It costs $3.50. Thanks.',
      'Ім’я: Олена. Дякую! Обовʼязково. Ґанок?',
      'Ну.. да. Ну.. Да',
      '1. First\n2. Second',
      'Done.\u2028Next\u2029Last',
      'Stop.»Dalej „Tak.” Nie',
      'a.\u0301B a\u0301.B \u0301. B',
      'Mr. Smith — a. — b. – C',
      'Soft\u00adhyphen. Non\u00a0breaking.\u00a0Space',
      'Tab.\tTab.\u202fNarrow.',
      '',
      ' ',
      '\n',
    ];
    expect(unscanned(tricky)).toEqual([]);
    expect(disagreements(tricky)).toEqual([]);
  });

  it('leaves text with characters it does not classify to Intl.Segmenter', () => {
    const texts = ['That is great‼ Thanks.', 'Why⁇ Ok', 'Спасибо 😊. Ждём', 'Ｏｋ．Ｙｅｓ', 'ok.\u200bNext', '好。好'];
    expect(unscanned(texts)).toEqual(texts);
    expect(disagreements(texts)).toEqual([]);
  });

  it('agrees with Intl.Segmenter on every character it classifies, in the contexts each rule looks at', () => {
    const classified = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((ch) => scanSentences(ch));
    const contexts = ['a.X b', 'a. X b', 'a. Xb', 'a.Xb', 'A.X', 'a.XB', 'a. XB', 'X. b', 'X. B', 'Xa. b', 'X.B', 'aX.B', 'a.X1', 'a!XB', 'a! XB', 'a?X b', 'a.)X b', 'a.) Xb', 'X\nb', 'a.X\nb', 'a. X, b', 'a. XX b'];
    expect(classified.length).toBeGreaterThan(1000);
    expect(disagreements(classified.flatMap((ch) => contexts.map((context) => context.replaceAll('X', ch))))).toEqual([]);
  });

  it('agrees with Intl.Segmenter on random mixes of terminators, quotes, brackets, letters and breaks', () => {
    const alphabet = [...'..!?…,;:-–— aZbQяЁїҐʼ19\n\r\t\u00a0\u0301\u00ad"\'’“”«»„()[]'];
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const texts = Array.from({ length: 5000 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 20) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''),
    );
    expect(unscanned(texts)).toEqual([]);
    expect(disagreements(texts)).toEqual([]);
  });
});
