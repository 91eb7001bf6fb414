/**
 * `npx tsx test/eval/lint.ts [FILE ...] [--verbose]`: found-problem recall and good-reply false-alarm rate of the
 * linter on each reply set: by default the team's (test/fixtures/replies/replies.jsonl) and the outsider
 * holdouts (holdout*.jsonl, see test/fixtures/corpus/README.md). A planted problem is found when a diagnostic of its class overlaps its
 * quote (structure problems: anywhere in the reply); a good reply (no problems) is a false alarm when it
 * gets any warning or error. A warning or error in a bad reply that matches none of its listed problems is an unlisted
 * finding: the writers list every problem, so most of these are false findings (a few are problems they missed).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lintReply } from '../../lib/lint/index';
import { isFound, problemSpan, readReplies } from './replies';

const repliesDir = join(import.meta.dirname, '../fixtures/replies');
const given = process.argv.slice(2).filter((a) => !a.startsWith('--'));
/** holdout.jsonl, holdout-2.jsonl, … holdout-10.jsonl: in the order they were written. */
const holdouts = readdirSync(repliesDir)
  .filter((f) => /^holdout(-\d+)?\.jsonl$/.test(f))
  .sort((a, b) => Number(/\d+/.exec(a)?.[0] ?? 1) - Number(/\d+/.exec(b)?.[0] ?? 1));
const files = given.length > 0 ? given : ['replies.jsonl', ...holdouts].map((f) => join(repliesDir, f));

interface Tally {
  problems: number;
  found: number;
  good: number;
  alarms: number;
  /** Warnings and errors in bad replies, and those of them that match no listed problem of their class. */
  loud: number;
  unlisted: number;
}

const percent = (part: number, whole: number) => ((100 * part) / Math.max(1, whole)).toFixed(1);

function summary(s: Tally): string {
  return (
    `recall ${percent(s.found, s.problems)}% (${s.found}/${s.problems}), false alarms ${percent(s.alarms, s.good)}% (${s.alarms}/${s.good}), ` +
    `unlisted findings in bad replies ${percent(s.unlisted, s.loud)}% (${s.unlisted}/${s.loud})`
  );
}

function evaluate(file: string): void {
  const lines = readReplies(file);

  const perLanguage = new Map<string, Tally>();
  const missed: string[] = [];
  const alarms: string[] = [];
  const unlisted: string[] = [];
  for (const line of lines) {
    const stats = perLanguage.get(line.language) ?? { problems: 0, found: 0, good: 0, alarms: 0, loud: 0, unlisted: 0 };
    perLanguage.set(line.language, stats);
    const diagnostics = lintReply(line.text, { ...line.context, language: line.language });
    if (line.problems.length === 0) {
      stats.good++;
      const loud = diagnostics.filter((d) => d.severity !== 'info');
      if (loud.length > 0) {
        stats.alarms++;
        alarms.push(`${line.id}: ${loud.map((d) => `${d.rule} «${line.text.slice(d.start, d.end)}»`).join('; ')}`);
      }
      continue;
    }
    const spans = line.problems.map((p) => problemSpan(line.text, p));
    for (const d of diagnostics) {
      if (d.severity === 'info') continue;
      stats.loud++;
      if (!line.problems.some((p, i) => isFound([d], p, spans[i]!))) {
        stats.unlisted++;
        unlisted.push(`${line.id}: ${d.rule} «${line.text.slice(d.start, d.end)}»`);
      }
    }
    for (const [i, p] of line.problems.entries()) {
      stats.problems++;
      if (isFound(diagnostics, p, spans[i]!)) stats.found++;
      else missed.push(`${line.id} ${p.class}: «${p.quote}»`);
    }
  }

  const total = { problems: 0, found: 0, good: 0, alarms: 0, loud: 0, unlisted: 0 };
  for (const [language, s] of perLanguage) {
    for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += s[key];
    console.log(`${language}: ${summary(s)}`);
  }
  console.log(`all: ${summary(total)}`);
  if (process.argv.includes('--verbose')) {
    console.log('\nmissed:\n' + missed.join('\n'));
    console.log('\nfalse alarms:\n' + alarms.join('\n'));
    console.log('\nunlisted findings in bad replies:\n' + unlisted.join('\n'));
  }
}

for (const file of files) {
  if (files.length > 1) console.log(`\n# ${file.replace(/^.*\/test\/fixtures\//, 'test/fixtures/')}`);
  evaluate(file);
}
