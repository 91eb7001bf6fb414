/**
 * `draft [FILE] [--settings FILE] [--tone T] [--variant N]`: reviews in, as for `analyze`
 * ({"id"?, "text", "author"?, "rating"?}), one reply draft per line out:
 * {"id", "language", "category", "flags", "text", "checklist", "tone", "variant", "usedFacts"}.
 * A line may also carry "language", "category", "flags" or "entities" to override what the analysis
 * found (as the agent does in the panel); a line with those and no "text" is drafted from them alone.
 * Bad options or settings stop before any line is read, with the field named and exit code 2.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { analyzeReview } from '../analyze';
import { composeReply } from '../compose/index';
import { migrateSettings } from '../settings/migrations';
import { parseSettings, type Settings } from '../settings/schema';
import { CATEGORIES, FLAGS, LANGUAGES, TONES, type Tone } from '../taxonomy';
import type { Analysis } from '../types';
import type { CliIO } from './io';
import { mapJsonLines, parseArgs } from './io';
import { ReviewLineSchema, reviewInputOf } from './review-line';

const EntitiesSchema = z.object({
  customerName: z
    .object({ first: z.string().min(1), gender: z.enum(['female', 'male', 'unknown']).default('unknown'), source: z.enum(['author', 'signature']).default('author') })
    .optional(),
  orderNumbers: z.array(z.string()).default([]),
  dates: z.array(z.string()).default([]),
  money: z.array(z.object({ amount: z.number(), currency: z.string().optional(), text: z.string() })).default([]),
  staff: z.array(z.string()).default([]),
  contactAttempts: z.number().int().min(0).optional(),
  rating: z.number().optional(),
});

const InputSchema = ReviewLineSchema.extend({
  text: z.string().optional(),
  language: z.enum([...LANGUAGES, 'other']).optional(),
  category: z.enum(CATEGORIES).optional(),
  flags: z.array(z.enum(FLAGS)).optional(),
  confidence: z.number().min(0).max(1).optional(),
  entities: EntitiesSchema.optional(),
}).refine((line) => line.text !== undefined || (line.language !== undefined && line.category !== undefined), {
  message: 'needs "text" (a review) or "language" and "category" (an analysis)',
});
type Input = z.infer<typeof InputSchema>;

const NO_ENTITIES = { orderNumbers: [], dates: [], money: [], staff: [] };

/** The analysis to draft from: the review's, with what the line states taking precedence. */
function analysisOf({ id: _id, text, language, category, flags, confidence, entities, ...review }: Input): Analysis {
  const found: Analysis =
    text !== undefined
      ? analyzeReview(reviewInputOf({ ...review, text }))
      : { language: 'other', category: 'general_complaint', flags: [], confidence: 1, evidence: [], entities: NO_ENTITIES };
  return {
    ...found,
    language: language ?? found.language,
    category: category ?? found.category,
    flags: flags ?? found.flags,
    confidence: confidence ?? found.confidence,
    entities: entities ?? found.entities,
  };
}

type Options = { settings: Settings; tone?: Tone; variant: number };

async function readOptions(options: Record<string, string>): Promise<{ ok: true; value: Options } | { ok: false; error: string }> {
  const tone = options.tone;
  if (tone !== undefined && !TONES.some((t) => t === tone)) {
    return { ok: false, error: `--tone: expected one of ${TONES.join(', ')}, got "${tone}"` };
  }
  const variant = options.variant === undefined ? 0 : Number(options.variant);
  if (!Number.isInteger(variant) || variant < 0) {
    return { ok: false, error: `--variant: expected a whole number ≥ 0, got "${options.variant}"` };
  }
  let raw: unknown = {};
  if (options.settings !== undefined) {
    try {
      raw = JSON.parse(await readFile(options.settings, 'utf8')) as unknown;
    } catch (error) {
      return { ok: false, error: `--settings ${options.settings}: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const parsed = parseSettings(migrateSettings(raw));
  if (!parsed.ok) {
    const where = options.settings ?? 'settings';
    return { ok: false, error: parsed.errors.map((e) => `${where}: ${e.path}: ${e.message}`).join('\n') };
  }
  return { ok: true, value: { settings: parsed.settings, tone: tone as Tone | undefined, variant } };
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, options } = parseArgs(args);
  const read = await readOptions(options);
  if (!read.ok) {
    io.stderr.write(`${read.error}\n`);
    return 2;
  }
  const { settings, tone, variant } = read.value;
  return mapJsonLines(
    positional[0],
    InputSchema,
    (input, lineNo) => {
      const analysis = analysisOf(input);
      const draft = composeReply(analysis, settings, { tone, variant });
      return {
        id: input.id ?? lineNo,
        language: draft.language,
        category: analysis.category,
        flags: analysis.flags,
        tone: draft.tone,
        variant: draft.variant,
        text: draft.text,
        checklist: draft.checklist,
        usedFacts: draft.usedFacts,
      };
    },
    io,
  );
}
