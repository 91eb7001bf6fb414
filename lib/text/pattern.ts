/**
 * The phrase pattern syntax shared by the classifier's signals and the linter's rules (lib/lint/rule.ts):
 * tokens separated by spaces; a plain word matches every word with the same stem, `word*` a prefix of the
 * normalized word, `=word` the exact normalized word, `a|b` alternatives, a trailing `?` an optional token,
 * `~N` up to N words of any kind in between, `#` any number, and an emoji, punctuation or symbol literal itself.
 */
import type { DetectedLanguage } from '../taxonomy';
import { normalizeWord } from './normalize';
import { scanTokens } from './segment';
import { stem } from './stem';

export type Alternative =
  | { type: 'stem'; value: string }
  | { type: 'prefix'; value: string }
  | { type: 'exact'; value: string }
  | { type: 'number' }
  | { type: 'punct'; value: string }
  | { type: 'symbol'; value: string }
  | { type: 'emoji'; value: string };

export type PatternToken = { type: 'token'; alternatives: Alternative[]; optional: boolean } | { type: 'gap'; max: number };

export class PatternError extends Error {
  constructor(pattern: string, reason: string) {
    super(`bad pattern "${pattern}": ${reason}`);
    this.name = 'PatternError';
  }
}

const PUNCT_ONLY = /^\p{P}+$/u;
const EMOJI_MODIFIERS = /[\p{Emoji_Modifier}\uFE0E\uFE0F]/gu;

/** A plain piece may be several words ("из-за", "wi-fi"): each becomes a token of its own. */
function plainWords(piece: string): string[] {
  return scanTokens(piece)
    .filter((t) => t.kind === 'word' || t.kind === 'number')
    .map((t) => piece.slice(t.start, t.end));
}

function parseAlternative(alt: string, language: DetectedLanguage, pattern: string): Alternative[] {
  if (alt === '#') return [{ type: 'number' }];
  if (alt.startsWith('=') && alt.length > 1) return [{ type: 'exact', value: normalizeWord(alt.slice(1)) }];
  if (alt.endsWith('*') && alt.length > 1) return [{ type: 'prefix', value: normalizeWord(alt.slice(0, -1)) }];
  const raw = scanTokens(alt);
  if (raw.length === 1 && raw[0]!.kind === 'emoji') return [{ type: 'emoji', value: alt.replace(EMOJI_MODIFIERS, '') }];
  if (raw.length === 1 && raw[0]!.kind === 'other') return [{ type: 'symbol', value: alt.toLowerCase() }];
  if (PUNCT_ONLY.test(alt)) return [{ type: 'punct', value: alt.replaceAll('…', '...') }];
  const words = plainWords(alt);
  if (words.length === 0) throw new PatternError(pattern, `"${alt}" has no word in it`);
  return words.map((w) => {
    const norm = normalizeWord(w);
    return /^\p{N}/u.test(norm) ? { type: 'exact', value: norm } : { type: 'stem', value: stem(norm, language) };
  });
}

export function parsePattern(pattern: string, language: DetectedLanguage): PatternToken[] {
  const out: PatternToken[] = [];
  for (const piece of pattern.trim().split(/\s+/)) {
    if (piece === '') continue;
    const gap = /^~(\d+)$/.exec(piece);
    if (gap) {
      out.push({ type: 'gap', max: Number(gap[1]) });
      continue;
    }
    const optional = piece.length > 1 && piece.endsWith('?') && !PUNCT_ONLY.test(piece.slice(0, -1));
    const body = optional ? piece.slice(0, -1) : piece;
    const alts = body.split('|').filter(Boolean);
    if (alts.length === 0) throw new PatternError(pattern, `empty token "${piece}"`);
    const parsed = alts.map((a) => parseAlternative(a, language, pattern));
    if (parsed.length === 1 && parsed[0]!.length > 1) {
      // "из-за" → "из" "за"
      for (const alt of parsed[0]!) out.push({ type: 'token', alternatives: [alt], optional });
      continue;
    }
    if (parsed.some((p) => p.length > 1)) {
      throw new PatternError(pattern, `an alternative in "${piece}" is several words; write separate patterns`);
    }
    out.push({ type: 'token', alternatives: parsed.map((p) => p[0]!), optional });
  }
  while (out[0]?.type === 'gap') out.shift();
  while (out.at(-1)?.type === 'gap') out.pop();
  if (!out.some((t) => t.type === 'token' && !t.optional)) {
    throw new PatternError(pattern, 'needs at least one required token');
  }
  return out;
}
