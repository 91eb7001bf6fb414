/** `tactful analyze [FILE]`: one analysis per JSON line ({"id"?, "text", "author"?, "rating"?}). */
import { z } from 'zod';
import { analyzeReview } from '../analyze';
import { mapJsonLines, parseArgs, type CliIO } from './io';

/** `null` reads as absent: scraped data writes a missing author or rating that way. */
const ReviewLine = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  text: z.string(),
  author: z.string().nullish(),
  rating: z.number().finite().nullish(),
  site: z.string().nullish(),
});

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional } = parseArgs(args);
  return mapJsonLines(
    positional[0],
    ReviewLine,
    (line, lineNo) => {
      const analysis = analyzeReview({
        text: line.text,
        author: line.author ?? undefined,
        rating: line.rating ?? undefined,
        site: line.site ?? undefined,
      });
      return {
        id: line.id ?? lineNo,
        language: analysis.language,
        category: analysis.category,
        flags: analysis.flags,
        confidence: analysis.confidence,
        evidence: analysis.evidence,
        facts: analysis.entities,
      };
    },
    io,
  );
}
