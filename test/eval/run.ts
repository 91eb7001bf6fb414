/**
 * `npm run eval [-- FILE] [--errors]`: scores analyzeReview on the labeled dev corpus
 * (test/fixtures/corpus/reviews.jsonl, or FILE with the same line format) and language detection on
 * one-sentence reviews (test/fixtures/corpus/one-sentence.jsonl), and the reviews two outsiders wrote
 * (test/fixtures/corpus/outsider-reviews.jsonl) as a set of their own (`--errors` lists its mistakes too).
 * Prints per-language and per-category precision / recall, a confusion matrix, legal_threat flag precision /
 * recall and language accuracy.
 *
 * Then the same for real reviews: labels in test/fixtures/corpus/real-labels.jsonl, texts read at run time
 * from ../shared/corpus (not redistributable, so never copied into the repo). Round-1 labels (no `round`
 * field) are reported in a tuning half and a holdout half split by a hash of the id, and all of them may
 * drive changes; `--errors` lists their mistakes, and those of round 3 (`"round": 3`, 1,162 reviews labelled to
 * train and tune on). Round-2 labels (`"round": 2`) are the fresh holdout: reported on their own and never
 * listed by `--errors`, so the number stays an estimate for unseen reviews.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeReview } from '../../lib/analyze';
import { detectLanguage } from '../../lib/text';
import { CATEGORIES, type Category } from '../../lib/taxonomy';
import type { Analysis } from '../../lib/types';

interface Labeled {
  id: string;
  /** Labelling round of a real review: undefined for the first, 2 for the fresh holdout, 3 for training. */
  round?: number;
  language: string;
  text: string;
  author?: string;
  rating?: number;
  category: Category;
  flags: string[];
}

const corpusDir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/corpus');
const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const reviewsFile = args.find((a) => !a.startsWith('--')) ?? join(corpusDir, 'reviews.jsonl');
const sentencesFile = join(corpusDir, 'one-sentence.jsonl');
const outsiderReviewsFile = join(corpusDir, 'outsider-reviews.jsonl');
const realLabelsFile = join(corpusDir, 'real-labels.jsonl');
const sharedCorpusDir = join(corpusDir, '../../../../shared/corpus');

function readJsonLines<T>(file: string): T[] | undefined {
  if (!existsSync(file)) {
    console.log(`(missing ${file}: skipped)`);
    return undefined;
  }
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

const pct = (x: number) => (Number.isNaN(x) ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

function precisionRecall(pairs: { gold: boolean; predicted: boolean }[]): { p: number; r: number; n: number } {
  const tp = pairs.filter((x) => x.gold && x.predicted).length;
  const fp = pairs.filter((x) => !x.gold && x.predicted).length;
  const fn = pairs.filter((x) => x.gold && !x.predicted).length;
  return { p: tp / (tp + fp), r: tp / (tp + fn), n: tp + fn };
}

type Result = { row: Labeled; a: Analysis };

const analyze = (rows: Labeled[]): Result[] =>
  rows.map((row) => ({ row, a: analyzeReview({ text: row.text, author: row.author, rating: row.rating }) }));

function printAccuracyByLanguage(results: Result[]): void {
  console.log('\nper language        accuracy   n');
  for (const lang of [...new Set(results.map(({ row }) => row.language))].sort()) {
    const sub = results.filter(({ row }) => row.language === lang);
    const ok = sub.filter(({ row, a }) => a.category === row.category).length;
    console.log(`  ${lang.padEnd(18)}${pct(ok / sub.length)}  ${String(sub.length).padStart(4)}`);
  }
}

function flagPrecisionRecall(results: Result[], flag: string): { p: number; r: number; n: number } {
  return precisionRecall(
    results.map(({ row, a }) => ({ gold: row.flags.includes(flag), predicted: (a.flags as string[]).includes(flag) })),
  );
}

function printMistakes(results: Result[]): void {
  console.log('\nmistakes');
  for (const { row, a } of results) {
    const legalWrong = row.flags.includes('legal_threat') !== a.flags.includes('legal_threat');
    if (a.category === row.category && !legalWrong) continue;
    const spans = a.evidence.map((e) => `${e.label}:${row.text.slice(e.start, e.end)}`).join(' | ');
    console.log(`- ${row.id} [${row.rating ?? '-'}★] gold ${row.category} ${row.flags.join(',')} → ${a.category} ${a.flags.join(',')}`);
    console.log(`    ${row.text.replace(/\s+/g, ' ').slice(0, 260)}`);
    console.log(`    evidence: ${spans}`);
  }
}

function evalReviews(results: Result[], title = 'Categories'): void {
  const correct = results.filter(({ row, a }) => a.category === row.category).length;
  console.log(`\n## ${title}: ${results.length} reviews, accuracy ${pct(correct / results.length)}`);

  printAccuracyByLanguage(results);

  console.log('\nper category            precision  recall   n');
  for (const c of CATEGORIES) {
    const { p, r, n } = precisionRecall(results.map(({ row, a }) => ({ gold: row.category === c, predicted: a.category === c })));
    console.log(`  ${c.padEnd(24)}${pct(p)}   ${pct(r)}  ${String(n).padStart(4)}`);
  }

  const abbrev = (c: string) => c.split('_').map((w) => w.slice(0, 3)).join('_').slice(0, 7);
  console.log('\nconfusion (rows: gold, columns: predicted)');
  console.log(`  ${''.padEnd(24)}${CATEGORIES.map((c) => abbrev(c).padStart(8)).join('')}`);
  for (const gold of CATEGORIES) {
    const cells = CATEGORIES.map((pred) => results.filter(({ row, a }) => row.category === gold && a.category === pred).length);
    console.log(`  ${gold.padEnd(24)}${cells.map((n) => String(n || '.').padStart(8)).join('')}`);
  }

  console.log('\nflags                    precision  recall   n');
  for (const flag of ['legal_threat', 'staff_rudeness', 'loyal_customer', 'public_escalation', 'abusive_language', 'customer_fault_possible']) {
    const { p, r, n } = flagPrecisionRecall(results, flag);
    console.log(`  ${flag.padEnd(24)}${pct(p)}   ${pct(r)}  ${String(n).padStart(4)}`);
  }
}

function evalLanguage(rows: { id: string; language: string; text: string }[]): void {
  const wrong = rows.filter((r) => detectLanguage(r.text) !== r.language);
  console.log(`\n## One-sentence language accuracy: ${pct(1 - wrong.length / rows.length)} of ${rows.length}`);
  for (const r of wrong) console.log(`  ${r.id}: ${r.language} → ${detectLanguage(r.text)}  ${r.text}`);
}

interface CorpusLine {
  id: string;
  lang: string;
  rating: number | null;
  text: string;
}

/** Real-review labels joined with their texts from ../shared/corpus; undefined when that folder is absent. */
function readRealReviews(): Labeled[] | undefined {
  if (!existsSync(sharedCorpusDir)) {
    console.log(`(missing ${sharedCorpusDir}: real reviews skipped)`);
    return undefined;
  }
  const labels = readJsonLines<{ id: string; category: Category; flags: string[]; round?: number }>(realLabelsFile);
  if (!labels) return undefined;
  const texts = new Map<string, CorpusLine>();
  for (const file of readdirSync(sharedCorpusDir).filter((f) => /^reviews\.\w+\.jsonl$/.test(f))) {
    for (const line of readJsonLines<CorpusLine>(join(sharedCorpusDir, file)) ?? []) texts.set(line.id, line);
  }
  const missing = labels.filter((l) => !texts.has(l.id)).map((l) => l.id);
  if (missing.length > 0) console.log(`(${missing.length} labeled ids not in ${sharedCorpusDir}: ${missing.join(', ')})`);
  return labels.flatMap((l) => {
    const line = texts.get(l.id);
    return line ? [{ ...l, language: line.lang, text: line.text, rating: line.rating ?? undefined }] : [];
  });
}

/** FNV-1a of the id: a split that stays put when labels are added or reordered. */
function half(id: string): 'tuning' | 'holdout' {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % 2 === 0 ? 'tuning' : 'holdout';
}

function printSummary(title: string, results: Result[]): void {
  const correct = results.filter(({ row, a }) => a.category === row.category).length;
  const legal = flagPrecisionRecall(results, 'legal_threat');
  console.log(`\n## ${title}: ${results.length} reviews, accuracy ${pct(correct / results.length)}`);
  console.log(`  legal_threat flag: precision ${pct(legal.p)}  recall ${pct(legal.r)}  n ${legal.n}`);
  printAccuracyByLanguage(results);
}

function evalRealReviews(rows: Labeled[]): void {
  console.log('\n# Real reviews (../shared/corpus, labels only in repo)');
  const results = analyze(rows);
  const tuning = results.filter(({ row }) => row.round !== 2);
  const fresh = results.filter(({ row }) => row.round === 2);
  console.log('(rounds 1 and 3 and the team corpus train the category model: `npm run train -- --cv` gives their honest, cross-validated accuracy)');
  evalReviews(tuning, 'Real reviews, tuning set (rounds 1 and 3), details');
  for (const part of ['tuning', 'holdout'] as const) {
    printSummary(`round 1, ${part} half`, tuning.filter(({ row }) => row.round === undefined && half(row.id) === part));
  }
  printSummary('round 3 (training labels)', tuning.filter(({ row }) => row.round === 3));
  if (fresh.length > 0) {
    evalReviews(fresh, 'Real reviews, round 2 (fresh holdout), details');
    printSummary('fresh holdout (round 2)', fresh);
    printSummary('all real labels', results);
  }
  if (showErrors) printMistakes(tuning);
}

const reviews = readJsonLines<Labeled>(reviewsFile);
if (reviews) {
  const results = analyze(reviews);
  evalReviews(results);
  if (showErrors) printMistakes(results);
}
const outsiderReviews = readJsonLines<Labeled>(outsiderReviewsFile);
if (outsiderReviews) {
  const results = analyze(outsiderReviews);
  console.log('\n# Outsider reviews (test/fixtures/corpus/outsider-reviews.jsonl)');
  console.log('(measured once before tuning: 67.5%, legal_threat precision 65.5% recall 95.0%; rv5, appended later: 80.5%, precision 86.4% recall 95.0%; rv6: 78.5%, precision and recall 100%; rv7: 80.5%, precision 91.3% recall 95.5%; rv8: 77.0%, precision 83.3% recall 100%; rv9 … rv20: test/fixtures/corpus/README.md; the category model now trains on it: `npm run train -- --cv` gives its honest accuracy, by-set CV the most honest)');
  evalReviews(results, 'Outsider reviews, details');
  printSummary('outsider reviews', results);
  if (showErrors) printMistakes(results);
}
const oneSentence = readJsonLines<{ id: string; language: string; text: string }>(sentencesFile);
if (oneSentence) evalLanguage(oneSentence);
const realReviews = readRealReviews();
if (realReviews) evalRealReviews(realReviews);
