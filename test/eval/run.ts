/**
 * `npm run eval [-- FILE] [--errors]`: scores analyzeReview on the labeled dev corpus
 * (test/fixtures/corpus/reviews.jsonl, or FILE with the same line format) and language detection on
 * one-sentence reviews (test/fixtures/corpus/one-sentence.jsonl). Prints per-language and per-category
 * precision / recall, a confusion matrix, legal_threat flag precision / recall and language accuracy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeReview } from '../../lib/analyze';
import { detectLanguage } from '../../lib/text';
import { CATEGORIES, type Category } from '../../lib/taxonomy';

interface Labeled {
  id: string;
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

function evalReviews(rows: Labeled[]): void {
  const results = rows.map((row) => ({ row, a: analyzeReview({ text: row.text, author: row.author, rating: row.rating }) }));
  const correct = results.filter(({ row, a }) => a.category === row.category).length;
  console.log(`\n## Categories: ${rows.length} reviews, accuracy ${pct(correct / rows.length)}`);

  console.log('\nper language        accuracy   n');
  for (const lang of [...new Set(rows.map((r) => r.language))].sort()) {
    const sub = results.filter(({ row }) => row.language === lang);
    const ok = sub.filter(({ row, a }) => a.category === row.category).length;
    console.log(`  ${lang.padEnd(18)}${pct(ok / sub.length)}  ${String(sub.length).padStart(4)}`);
  }

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
    const { p, r, n } = precisionRecall(
      results.map(({ row, a }) => ({ gold: row.flags.includes(flag), predicted: (a.flags as string[]).includes(flag) })),
    );
    console.log(`  ${flag.padEnd(24)}${pct(p)}   ${pct(r)}  ${String(n).padStart(4)}`);
  }

  if (showErrors) {
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
}

function evalLanguage(rows: { id: string; language: string; text: string }[]): void {
  const wrong = rows.filter((r) => detectLanguage(r.text) !== r.language);
  console.log(`\n## One-sentence language accuracy: ${pct(1 - wrong.length / rows.length)} of ${rows.length}`);
  for (const r of wrong) console.log(`  ${r.id}: ${r.language} → ${detectLanguage(r.text)}  ${r.text}`);
}

const reviews = readJsonLines<Labeled>(reviewsFile);
if (reviews) evalReviews(reviews);
const oneSentence = readJsonLines<{ id: string; language: string; text: string }>(sentencesFile);
if (oneSentence) evalLanguage(oneSentence);
