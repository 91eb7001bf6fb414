/** Tokens with their spans in the original text, normalized and stemmed form, and sentence index. */
import type { DetectedLanguage } from '../taxonomy';
import { normalizeWord } from './normalize';
import { forEachRawToken, readingSentences, type TokenKind } from './segment';
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
  /** Index of the sentence (readingSentences: UAX #29 sentences, not split after "п." before a number). */
  sentence: number;
}

/**
 * Tokens are made by a constructor, not an object literal: V8 tracks an object literal's allocation site and,
 * once a collection finds a lint's tokens still alive, allocates all later ones in the old generation, which
 * made tokenizing five times slower for the rest of the process.
 */
class TokenRecord implements Token {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly norm: string,
    readonly stem: string,
    readonly kind: TokenKind,
    readonly sentence: number,
  ) {}
}

/** Emoji compare without skin tones and variation selectors. */
const EMOJI_MODIFIERS = /[\p{Emoji_Modifier}\uFE0E\uFE0F]/gu;

/** The norm of a token that is not a word. */
function normalizeToken(raw: string, kind: TokenKind): string {
  switch (kind) {
    case 'emoji':
      return raw.replace(EMOJI_MODIFIERS, '');
    case 'punct':
      return raw === '…' ? '...' : raw;
    default:
      return raw.toLowerCase();
  }
}

interface NormAndStem {
  norm: string;
  stem: string;
}

/** Raw word → its norm and stem, per language: one lookup per word instead of two on every keystroke. */
const wordForms = new Map<DetectedLanguage, Map<string, NormAndStem>>();
const WORD_FORMS_LIMIT = 50_000;

function wordFormsOf(language: DetectedLanguage): Map<string, NormAndStem> {
  let forms = wordForms.get(language);
  if (!forms) wordForms.set(language, (forms = new Map()));
  return forms;
}

export function tokenize(text: string, language: DetectedLanguage): Token[] {
  const bounds = readingSentences(text);
  const forms = wordFormsOf(language);
  const tokens: Token[] = [];
  let sentence = 0;
  forEachRawToken(text, (start, end, kind) => {
    while (sentence < bounds.length - 1 && start >= bounds[sentence]!.end) sentence++;
    const piece = text.slice(start, end);
    let norm: string;
    let stemmed: string;
    if (kind === 'word') {
      let form = forms.get(piece);
      if (!form) {
        const normalized = normalizeWord(piece);
        form = { norm: normalized, stem: stem(normalized, language) };
        if (forms.size >= WORD_FORMS_LIMIT) forms.clear();
        forms.set(piece, form);
      }
      norm = form.norm;
      stemmed = form.stem;
    } else {
      norm = stemmed = normalizeToken(piece, kind);
    }
    tokens.push(new TokenRecord(start, end, norm, stemmed, kind, sentence));
  });
  return tokens;
}
