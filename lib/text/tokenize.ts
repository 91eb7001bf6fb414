/** Tokens with their spans in the original text, normalized and stemmed form, and sentence index. */
import type { DetectedLanguage } from '../taxonomy';
import { normalizeWord } from './normalize';
import { scanTokens, sentences, type TokenKind } from './segment';
import { stem } from './stem';

export interface Token {
  /** UTF-16 offsets into the ORIGINAL text. */
  start: number;
  end: number;
  /** Lowercase, NFC, ё→е, Latin look-alikes in Cyrillic words mapped, letter runs of 3+ collapsed. */
  norm: string;
  /** stem(norm, language); equal to norm for anything that is not a word. */
  stem: string;
  kind: TokenKind;
  /** Index of the sentence (Intl.Segmenter granularity 'sentence'). */
  sentence: number;
}

/** Emoji compare without skin tones and variation selectors. */
const EMOJI_MODIFIERS = /[\p{Emoji_Modifier}\uFE0E\uFE0F]/gu;

function normalizeToken(raw: string, kind: TokenKind): string {
  switch (kind) {
    case 'word':
      return normalizeWord(raw);
    case 'emoji':
      return raw.replace(EMOJI_MODIFIERS, '');
    case 'punct':
      return raw === '…' ? '...' : raw;
    default:
      return raw.toLowerCase();
  }
}

export function tokenize(text: string, language: DetectedLanguage): Token[] {
  const raw = scanTokens(text);
  const bounds = raw.length > 0 ? sentences(text) : [];
  const tokens: Token[] = new Array<Token>(raw.length);
  let sentence = 0;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    while (sentence < bounds.length - 1 && t.start >= bounds[sentence]!.end) sentence++;
    const norm = normalizeToken(text.slice(t.start, t.end), t.kind);
    tokens[i] = {
      start: t.start,
      end: t.end,
      norm,
      stem: t.kind === 'word' ? stem(norm, language) : norm,
      kind: t.kind,
      sentence,
    };
  }
  return tokens;
}
