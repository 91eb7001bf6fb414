/** The char-code fast path of scanTokens must give exactly what the TOKEN grammar alone gives. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanTokens, TOKEN } from '../../../lib/text/segment';

function byGrammarAlone(text: string): { start: number; end: number }[] {
  const token = new RegExp(TOKEN.source, 'gu');
  return [...text.matchAll(token)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const spans = (text: string) => scanTokens(text).map(({ start, end }) => ({ start, end }));

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
    const alphabet = [...'aZяЁїґ ,.!?:;\'’-1😀\u0301\u00a0\n€#"«»ñ'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 30) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(spans(text), JSON.stringify(text)).toEqual(byGrammarAlone(text));
    }
  });
});
