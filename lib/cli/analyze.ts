/** `tactful analyze [FILE]`: one analysis per JSON line ({"id"?, "text", "author"?, "rating"?}). */
import { analyzeReview } from '../analyze';
import { mapJsonLines, parseArgs, type CliIO } from './io';
import { ReviewLineSchema, reviewInputOf } from './review-line';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional } = parseArgs(args);
  return mapJsonLines(
    positional[0],
    ReviewLineSchema,
    (line, lineNo) => {
      const analysis = analyzeReview(reviewInputOf(line));
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
