/**
 * The sentence bank the tone model trains on (test/fixtures/replies/sentence-bank.jsonl, written by outsiders who
 * never saw the rules): one labelled sentence per line, every class in every language, good sentences among them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TONE_CLASSES } from '../../../lib/lint/tone-model';
import { LANGUAGES } from '../../../lib/taxonomy';

const lineSchema = z.strictObject({ language: z.enum(LANGUAGES), class: z.enum(TONE_CLASSES).nullable(), text: z.string().min(1) });
const bank = readFileSync(join(import.meta.dirname, '../../fixtures/replies/sentence-bank.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l, i) => {
    const parsed = lineSchema.safeParse(JSON.parse(l));
    if (!parsed.success) throw new Error(`sentence-bank.jsonl line ${i + 1}: ${parsed.error.message}`);
    return parsed.data;
  });

describe('the sentence bank', () => {
  it.each(LANGUAGES)('has at least 30 sentences of every tone class and 200 good ones in %s', (language) => {
    const lines = bank.filter((b) => b.language === language);
    for (const toneClass of TONE_CLASSES) expect(lines.filter((b) => b.class === toneClass).length, toneClass).toBeGreaterThanOrEqual(30);
    expect(lines.filter((b) => b.class === null).length).toBeGreaterThanOrEqual(200);
  });

  it('holds no sentence twice', () => {
    const seen = new Set<string>();
    const repeated = bank.filter((b) => seen.size === seen.add(`${b.language}:${b.text}`).size).map((b) => b.text);
    expect(repeated).toEqual([]);
  });
});
