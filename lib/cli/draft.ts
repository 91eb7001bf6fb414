/**
 * `draft [FILE] [--settings FILE] [--tone T] [--variant N]`: analyses in (the analyze command's output lines:
 * {"id", "language", "category", "flags", "text"?, "entities"?, ...}), one reply draft per line out:
 * {"id", "language", "tone", "variant", "text", "checklist", "usedFacts"}.
 * Bad options or settings stop before any line is read, with the field named and exit code 2.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { composeReply } from '../compose/index';
import { migrateSettings } from '../settings/migrations';
import { parseSettings, type Settings } from '../settings/schema';
import { CATEGORIES, FLAGS, LANGUAGES, TONES, type Tone } from '../taxonomy';
import type { Analysis } from '../types';
import type { CliIO } from './io';
import { mapJsonLines, parseArgs } from './io';

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

const InputSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  language: z.enum([...LANGUAGES, 'other']),
  category: z.enum(CATEGORIES),
  flags: z.array(z.enum(FLAGS)).default([]),
  confidence: z.number().min(0).max(1).default(1),
  entities: EntitiesSchema.default({ orderNumbers: [], dates: [], money: [], staff: [] }),
});

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
      const analysis: Analysis = { ...input, evidence: [] };
      const draft = composeReply(analysis, settings, { tone, variant });
      return {
        id: input.id ?? lineNo,
        language: draft.language,
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
