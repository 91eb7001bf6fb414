/**
 * `npx tsx test/eval/lint.ts [FILE ...] [--verbose]`: found-problem recall and good-reply false-alarm rate of the
 * linter on each reply set: by default the team's (test/fixtures/replies/replies.jsonl) and the outsider
 * holdouts (holdout*.jsonl, see test/fixtures/corpus/README.md). A planted problem is found when a diagnostic of its class overlaps its
 * quote (structure problems: anywhere in the reply); a good reply (no problems) is a false alarm when it
 * gets any warning or error.
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

function evaluate(file: string): void {
  const lines = readReplies(file);

  const perLanguage = new Map<string, { problems: number; found: number; good: number; alarms: number }>();
  const missed: string[] = [];
  const alarms: string[] = [];
  for (const line of lines) {
    const stats = perLanguage.get(line.language) ?? { problems: 0, found: 0, good: 0, alarms: 0 };
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
    for (const p of line.problems) {
      stats.problems++;
      if (isFound(diagnostics, p, problemSpan(line.text, p))) stats.found++;
      else missed.push(`${line.id} ${p.class}: «${p.quote}»`);
    }
  }

  let problems = 0;
  let found = 0;
  let good = 0;
  let falseAlarms = 0;
  for (const [language, s] of perLanguage) {
    problems += s.problems;
    found += s.found;
    good += s.good;
    falseAlarms += s.alarms;
    console.log(
      `${language}: recall ${((100 * s.found) / Math.max(1, s.problems)).toFixed(1)}% (${s.found}/${s.problems}), ` +
        `false alarms ${((100 * s.alarms) / Math.max(1, s.good)).toFixed(1)}% (${s.alarms}/${s.good})`,
    );
  }
  console.log(
    `all: recall ${((100 * found) / Math.max(1, problems)).toFixed(1)}% (${found}/${problems}), ` +
      `false alarms ${((100 * falseAlarms) / Math.max(1, good)).toFixed(1)}% (${falseAlarms}/${good})`,
  );
  if (process.argv.includes('--verbose')) {
    console.log('\nmissed:\n' + missed.join('\n'));
    console.log('\nfalse alarms:\n' + alarms.join('\n'));
  }
}

for (const file of files) {
  if (files.length > 1) console.log(`\n# ${file.replace(/^.*\/test\/fixtures\//, 'test/fixtures/')}`);
  evaluate(file);
}
