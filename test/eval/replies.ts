/**
 * The labelled reply sets of test/fixtures/replies (format in test/fixtures/corpus/README.md) and when the linter
 * counts as having found a planted problem: a diagnostic of its class overlaps its quote (structure: anywhere in
 * the reply). Shared by the lint eval and the tone model's training.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CATEGORIES, FLAGS, LANGUAGES, LINT_CLASSES } from '../../lib/taxonomy';
import type { Diagnostic, Span } from '../../lib/types';

const replySchema = z.object({
  id: z.string(),
  language: z.enum(LANGUAGES),
  text: z.string(),
  context: z.object({
    category: z.enum(CATEGORIES).optional(),
    flags: z.array(z.enum(FLAGS)).optional(),
    customerName: z.string().optional(),
  }),
  problems: z.array(z.object({ class: z.enum(LINT_CLASSES), quote: z.string() })),
});
export type LabelledReply = z.infer<typeof replySchema>;
export type PlantedProblem = LabelledReply['problems'][number];

export function readReplies(file: string): LabelledReply[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => replySchema.parse(JSON.parse(l)));
}

/** Where a problem's quote stands in the reply; a structure problem (empty quote) is about the whole reply. */
export function problemSpan(text: string, problem: PlantedProblem): Span {
  const at = problem.quote === '' ? -1 : text.indexOf(problem.quote);
  return at >= 0 ? { start: at, end: at + problem.quote.length } : { start: 0, end: text.length };
}

export function isFound(diagnostics: readonly Diagnostic[], problem: PlantedProblem, span: Span): boolean {
  return diagnostics.some((d) => d.class === problem.class && (problem.class === 'structure' || (d.start < span.end && d.end > span.start)));
}
