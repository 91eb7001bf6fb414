/** `lint [FILE]`: JSON Lines {"id"?, "text", "language"?, "context"?} in, {"id", "diagnostics"} out. */
import { z } from 'zod';
import { lintReply } from '../lint/index';
import { CATEGORIES, FLAGS, LANGUAGES } from '../taxonomy';
import type { CliIO } from './io';
import { mapJsonLines, parseArgs } from './io';

const contextSchema = z.object({
  category: z.enum(CATEGORIES).optional(),
  flags: z.array(z.enum(FLAGS)).optional(),
  customerName: z.string().optional(),
  customRules: z.array(z.object({ phrase: z.string(), replacement: z.string().optional() })).optional(),
  uiLanguage: z.enum(LANGUAGES).optional(),
  ownContacts: z.array(z.string()).optional(),
});

const inputSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string(),
  language: z.enum([...LANGUAGES, 'other']).optional(),
  context: contextSchema.optional(),
});

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional } = parseArgs(args);
  return mapJsonLines(
    positional[0],
    inputSchema,
    (input, lineNo) => ({
      id: input.id ?? lineNo,
      diagnostics: lintReply(input.text, { ...input.context, language: input.language }).map((d) => ({
        rule: d.rule,
        class: d.class,
        severity: d.severity,
        start: d.start,
        end: d.end,
        message: d.message,
        fixes: d.fixes,
      })),
    }),
    io,
  );
}
