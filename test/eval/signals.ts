/**
 * `npx tsx test/eval/signals.ts [--verbose]`: how well the structure check hears empathy and a next step in single
 * sentences written by outsiders (test/fixtures/signals/sentences.jsonl; `split` says which half the signal
 * lists were tuned on). Each sentence follows a neutral greeting and is read as a reply to a complaint: an empathy
 * sentence should silence structure-empathy, a next step structure-next-step, and a "neither" sentence neither.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { lintReply } from '../../lib/lint/index';
import { LANGUAGES, type Language } from '../../lib/taxonomy';

const GREETING: Record<Language, string> = { ru: 'Здравствуйте.', uk: 'Добрий день.', bg: 'Здравейте.', en: 'Hello there.' };
const sentenceSchema = z.object({
  language: z.enum(LANGUAGES),
  kind: z.enum(['empathy', 'next_step', 'neither']),
  split: z.enum(['tune', 'held-out']),
  text: z.string().min(1),
});

const file = join(import.meta.dirname, '../fixtures/signals/sentences.jsonl');
const sentences = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => sentenceSchema.parse(JSON.parse(l)));

const tally = new Map<string, { heard: number; total: number }>();
for (const s of sentences) {
  const rules = new Set(lintReply(`${GREETING[s.language]} ${s.text}`, { language: s.language, category: 'general_complaint' }).map((d) => d.rule));
  const empathy = !rules.has('structure-empathy');
  const nextStep = !rules.has('structure-next-step');
  const right = s.kind === 'empathy' ? empathy : s.kind === 'next_step' ? nextStep : !empathy && !nextStep;
  const key = `${s.split} ${s.language} ${s.kind}`;
  const t = tally.get(key) ?? { heard: 0, total: 0 };
  tally.set(key, { heard: t.heard + (right ? 1 : 0), total: t.total + 1 });
  if (!right && process.argv.includes('--verbose')) console.log(`miss ${key}: ${s.text}`);
}
for (const [key, { heard, total }] of [...tally].sort()) console.log(`${key.padEnd(26)} ${heard}/${total}`);
