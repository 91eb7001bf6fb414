/**
 * `npm run train:signals [-- --held-out]`: fits the signal model (lib/lint/signal-model.ts) of each reply language and
 * writes lib/lint/model/signals-<language>.json. Deterministic, like the tone model's training.
 *
 * Examples: the outsider sentences of test/fixtures/signals/ (empathy, next step, neither), and, as "neither",
 * the sentences of the labelled replies that carry a planted problem and one in EVERY_NTH of the tone bank's problem
 * sentences (blame, brush-offs, arguments …), so that a policy stated flatly or a fact set against the customer is
 * not heard as empathy or a step. Template apologies, overpromises and removal requests are left out of those: they
 * may well promise a step.
 *
 * `--held-out` first fits without sentences-3.jsonl and reports how the lists alone, the model alone, and both
 * hear that set; the shipped files always learn from every set.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { compiledRules, SIGNAL_ID_PREFIX } from '../lib/lint/compile';
import { SIGNAL_MODEL_CLASSES, SIGNAL_MODEL_THRESHOLD } from '../lib/lint/signal-model';
import { segmentsOf } from '../lib/lint/segments';
import { isToneClass, loadLinearModel, toneProbabilities } from '../lib/lint/tone-model';
import { problemSpan, readReplies } from '../test/eval/replies';
import { LANGUAGES, type Language } from '../lib/taxonomy';
import { tokenize } from '../lib/text';
import { featuresOf, fitLinearModel, type TrainingSentence } from './linear-model';
import { jsonLines } from './json-lines';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const signalsDir = join(root, 'test/fixtures/signals');
const repliesDir = join(root, 'test/fixtures/replies');
const BANK = join(repliesDir, 'sentence-bank.jsonl');
const HELD_OUT_FILE = 'sentences-3.jsonl';
/**
 * Chosen held out (sentences-3 unseen, before reply sentences joined as negatives): one bank sentence in 8 lost 10
 * structure findings on the reply sets, one in 16 lost 17; all of them made the model too shy to hear anything.
 */
const EVERY_NTH = 8;
const FIT = { l2: 0.001, epochs: 200 };
const NOT_NEITHER = new Set(['dry', 'overpromise', 'removal_request']);

const signalSchema = z.object({ language: z.enum(LANGUAGES), kind: z.enum(['empathy', 'next_step', 'neither']), text: z.string().min(1) });
const bankSchema = z.object({ language: z.enum(LANGUAGES), class: z.string().nullable(), text: z.string().min(1) });

interface Sentence extends TrainingSentence {
  language: Language;
  file: string;
  kind: 'empathy' | 'next_step' | 'neither';
  text: string;
}

function sentence(language: Language, file: string, kind: Sentence['kind'], text: string): Sentence {
  const labels = new Set(kind === 'empathy' ? ['empathy'] : kind === 'next_step' ? ['nextStep'] : []);
  return { language, file, kind, text, labels, features: featuresOf(tokenize(text, language)) };
}

function loadSentences(): Sentence[] {
  const out: Sentence[] = [];
  for (const file of readdirSync(signalsDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of jsonLines(join(signalsDir, file))) {
      const s = signalSchema.parse(line);
      out.push(sentence(s.language, file, s.kind, s.text));
    }
  }
  for (const file of readdirSync(repliesDir).filter((f) => f.endsWith('.jsonl') && f !== 'sentence-bank.jsonl')) {
    for (const reply of readReplies(join(repliesDir, file))) {
      const tokens = tokenize(reply.text, reply.language);
      for (const s of segmentsOf(tokens, 0, reply.text.length)) {
        const carriesProblem = reply.problems.some((p) => {
          if (!isToneClass(p.class) || NOT_NEITHER.has(p.class)) return false;
          const span = problemSpan(reply.text, p);
          return span.start < s.end && span.end > s.start;
        });
        if (carriesProblem) out.push(sentence(reply.language, file, 'neither', reply.text.slice(s.start, s.end)));
      }
    }
  }
  jsonLines(BANK)
    .map((line) => bankSchema.parse(line))
    .filter((b) => b.class !== null && !NOT_NEITHER.has(b.class))
    .forEach((b, i) => {
      if (i % EVERY_NTH === 0) out.push(sentence(b.language, 'sentence-bank.jsonl', 'neither', b.text));
    });
  return out;
}

/** How the lists, the model and both hear the held-out sentences of one language. */
function reportHeldOut(language: Language, sentences: Sentence[]): void {
  const model = loadLinearModel(fit(sentences.filter((s) => s.file !== HELD_OUT_FILE)), SIGNAL_MODEL_CLASSES, 'scripts/train-signal-model.ts');
  const tally = new Map<string, number[]>();
  for (const s of sentences.filter((x) => x.file === HELD_OUT_FILE)) {
    const tokens = tokenize(s.text, language);
    const matched = new Set(compiledRules(language).matcher.match(tokens).map((m) => m.id));
    const lists = [matched.has(`${SIGNAL_ID_PREFIX}empathy`), matched.has(`${SIGNAL_ID_PREFIX}nextStep`)];
    const heard = toneProbabilities(model, tokens).map((p) => p >= SIGNAL_MODEL_THRESHOLD);
    const pick = (h: boolean[]) => (s.kind === 'empathy' ? h[0]! : s.kind === 'next_step' ? h[1]! : h[0]! || h[1]!);
    const t = tally.get(s.kind) ?? [0, 0, 0, 0];
    tally.set(s.kind, [t[0]! + 1, t[1]! + +pick(lists), t[2]! + +pick(heard), t[3]! + +pick(lists.map((x, i) => x || heard[i]!))]);
  }
  for (const [kind, [n, lists, model, both]] of tally) console.log(`  ${language} ${kind}: of ${n}, the lists hear ${lists}, the model ${model}, either ${both}`);
}

function fit(sentences: Sentence[]) {
  return fitLinearModel(sentences, SIGNAL_MODEL_CLASSES, SIGNAL_MODEL_CLASSES.map(() => SIGNAL_MODEL_THRESHOLD), FIT);
}

const all = loadSentences();
for (const language of LANGUAGES) {
  const sentences = all.filter((s) => s.language === language);
  if (process.argv.includes('--held-out')) reportHeldOut(language, sentences);
  const file = fit(sentences);
  writeFileSync(join(root, `lib/lint/model/signals-${language}.json`), `${JSON.stringify(file)}\n`);
  console.log(`${language}: ${sentences.length} sentences, ${file.wordRows.filter((r) => r >= 0).length} stems, ${file.pairRows.length / 3} pairs`);
}
