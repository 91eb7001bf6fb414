/** One review as the CLI reads it: `{"id"?, "text", "author"?, "rating"?, "site"?}` (a plain-text line is `{"text"}`). */
import { z } from 'zod';
import type { ReviewInput } from '../types';

/** `null` reads as absent: scraped data writes a missing author or rating that way. */
export const ReviewLineSchema = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  text: z.string(),
  author: z.string().nullish(),
  rating: z.number().finite().nullish(),
  site: z.string().nullish(),
});
export type ReviewLine = z.infer<typeof ReviewLineSchema>;

export function reviewInputOf(line: Omit<ReviewLine, 'id'>): ReviewInput {
  return { text: line.text, author: line.author ?? undefined, rating: line.rating ?? undefined, site: line.site ?? undefined };
}
