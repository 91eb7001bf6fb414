/**
 * `npx tsx test/eval/second-reader.ts`: how a second, independent reader scores against an outsider reply set's planted
 * problems, measured the way test/eval/lint.ts measures the linter. A planted problem is found when the reader marked
 * the same class on a quote that overlaps it (structure: anywhere in the reply). A good reply is a false alarm when the
 * reader marked anything. The readers' labels are in test/fixtures/second-reader/ (one file per reply set, written
 * blind from the texts and cases by outsiders following that folder's BRIEF.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Diagnostic } from '../../lib/types';
import { isFound, problemSpan, readReplies } from './replies';

const labelsDir = join(import.meta.dirname, '../fixtures/second-reader');
const repliesDir = join(import.meta.dirname, '../fixtures/replies');
const labelSchema = z.object({ id: z.string(), problems: z.array(z.object({ class: z.string(), quote: z.string() })) });

/** The reader's marks as diagnostics: a quote's span, or the whole reply for an empty quote. */
function asDiagnostics(text: string, marks: z.infer<typeof labelSchema>['problems']): Diagnostic[] {
  return marks.map((m) => {
    const start = m.quote ? Math.max(0, text.indexOf(m.quote)) : 0;
    const end = m.quote ? start + m.quote.length : text.length;
    return { rule: 'second-reader', class: m.class, severity: 'warning', start, end, message: '', fixes: [] } as Diagnostic;
  });
}

for (const file of readdirSync(labelsDir).filter((f) => f.endsWith('.jsonl'))) {
  const labels = new Map<string, Diagnostic[]>();
  const replies = readReplies(join(repliesDir, file));
  const texts = new Map(replies.map((r) => [r.id, r.text]));
  for (const line of readFileSync(join(labelsDir, file), 'utf8').split('\n').filter(Boolean)) {
    const label = labelSchema.parse(JSON.parse(line));
    labels.set(label.id, asDiagnostics(texts.get(label.id) ?? '', label.problems));
  }
  let problems = 0;
  let found = 0;
  let good = 0;
  let alarms = 0;
  for (const reply of replies) {
    const marks = labels.get(reply.id) ?? [];
    if (reply.problems.length === 0) {
      good++;
      if (marks.length > 0) alarms++;
      continue;
    }
    for (const p of reply.problems) {
      problems++;
      if (isFound(marks, p, problemSpan(reply.text, p))) found++;
    }
  }
  const pct = (a: number, b: number) => ((100 * a) / b).toFixed(1);
  console.log(`${file}: second reader found ${pct(found, problems)}% (${found}/${problems}), flagged ${pct(alarms, good)}% (${alarms}/${good}) of good replies`);
}
