import { readFileSync } from 'node:fs';

/** The parsed lines of a JSON Lines file, blank lines skipped; each caller validates the shape with zod. */
export function jsonLines(file: string): unknown[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as unknown);
}
