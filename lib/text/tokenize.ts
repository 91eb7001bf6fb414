/** Tokens with their spans in the original text, normalized and stemmed form, and sentence index. */
import type { DetectedLanguage } from '../taxonomy';
import { normalizeWord } from './normalize';
import { codeUnits, forEachRawToken, readingSentences, type TokenKind } from './segment';
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
  /** Index of the sentence (readingSentences: UAX #29 sentences, not split after "п." before a number nor before an emoji). */
  sentence: number;
  /**
   * A word's spelling as a number: tokens of one spelling (in one language) share it and no other spelling in the
   * process ever gets it, so per-word data can sit in an array (FormSlots) instead of a Map keyed by a string.
   * -1 for anything but a word.
   */
  formId: number;
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
    readonly formId: number,
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

/** What a raw word (its spelling in the text) is to the tokenizer. */
interface WordForm {
  /** The spelling's UTF-16 units. */
  raw: Uint16Array;
  norm: string;
  stem: string;
  id: number;
}

/** Token.formId of the next spelling met; never reset, so an id is never given to two spellings. */
let nextFormId = 0;

const WORD_FORMS_LIMIT = 50_000;
const WORD_FORMS_INITIAL_SLOTS = 1024;

/**
 * Raw word → its form, per language: an open-addressing table keyed by a hash of the word's char codes, so a word
 * met before is found without cutting it out of the text (slicing a string per word and hashing it in a Map was 7% of
 * a lint).
 */
class WordForms {
  private hashes = new Int32Array(WORD_FORMS_INITIAL_SLOTS);
  private forms: (WordForm | undefined)[] = new Array<WordForm | undefined>(WORD_FORMS_INITIAL_SLOTS).fill(undefined);
  private size = 0;

  constructor(private readonly language: DetectedLanguage) {}

  /** The form of the word text[start, end); `units` are the text's. */
  of(text: string, units: Uint16Array, start: number, end: number): WordForm {
    let hash = 0;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ units[i]!, 0x01000193);
    const { hashes, forms } = this;
    const mask = forms.length - 1;
    let slot = hash & mask;
    for (let form = forms[slot]; form !== undefined; form = forms[slot]) {
      if (hashes[slot] === hash && spells(units, start, end, form.raw)) return form;
      slot = (slot + 1) & mask;
    }
    const norm = normalizeWord(text.slice(start, end));
    const form = { raw: units.slice(start, end), norm, stem: stem(norm, this.language), id: nextFormId++ };
    if (this.size >= WORD_FORMS_LIMIT) this.resize(WORD_FORMS_INITIAL_SLOTS, false);
    else if (2 * (this.size + 1) > forms.length) this.resize(2 * forms.length, true);
    this.insert(hash, form);
    return form;
  }

  private insert(hash: number, form: WordForm): void {
    const mask = this.forms.length - 1;
    let slot = hash & mask;
    while (this.forms[slot] !== undefined) slot = (slot + 1) & mask;
    this.hashes[slot] = hash;
    this.forms[slot] = form;
    this.size++;
  }

  /** New empty slots, with the forms held so far or without them. */
  private resize(slots: number, keep: boolean): void {
    const { hashes, forms } = this;
    this.hashes = new Int32Array(slots);
    this.forms = new Array<WordForm | undefined>(slots).fill(undefined);
    this.size = 0;
    if (keep) forms.forEach((form, slot) => form && this.insert(hashes[slot]!, form));
  }
}

/** Whether units[start, end) spell `word`. */
function spells(units: Uint16Array, start: number, end: number, word: Uint16Array): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word[i] !== units[start + i]) return false;
  return true;
}

const wordForms = new Map<DetectedLanguage, WordForms>();

function wordFormsOf(language: DetectedLanguage): WordForms {
  let forms = wordForms.get(language);
  if (!forms) wordForms.set(language, (forms = new WordForms(language)));
  return forms;
}

/**
 * The units of the text being tokenized: one buffer, so a keystroke allocates none. It grows with the replies it
 * reads, but only up to UNIT_BUFFER_LIMIT: the content script runs on every page, and a 1 MB paste must not leave a
 * 2 MB buffer behind.
 */
let unitBuffer: Uint16Array = new Uint16Array(4096);
const UNIT_BUFFER_LIMIT = 1 << 16;

export function tokenize(text: string, language: DetectedLanguage): Token[] {
  const bounds = readingSentences(text);
  const forms = wordFormsOf(language);
  const tokens: Token[] = [];
  const units = codeUnits(text, unitBuffer);
  if (units.length <= UNIT_BUFFER_LIMIT) unitBuffer = units;
  let sentence = 0;
  forEachRawToken(
    text,
    (start, end, kind) => {
      while (sentence < bounds.length - 1 && start >= bounds[sentence]!.end) sentence++;
      if (kind === 'word') {
        const form = forms.of(text, units, start, end);
        tokens.push(new TokenRecord(start, end, form.norm, form.stem, kind, sentence, form.id));
      } else {
        const norm = normalizeToken(text.slice(start, end), kind);
        tokens.push(new TokenRecord(start, end, norm, norm, kind, sentence, -1));
      }
    },
    units,
  );
  return tokens;
}

/** Slots per FormSlots: a reply has a few hundred distinct words, so two of them rarely share a slot. */
const FORM_SLOTS = 4096;

/**
 * Values per word spelling, in a slot chosen by Token.formId: reading one is an array access, where a Map keyed by
 * the word hashes a string (a Map lookup per word was several percent of a lint, for each consumer doing one). A slot
 * holds the last spelling stored in it; `get` gives undefined for a token that is no word or whose spelling lost its
 * slot, and the caller computes the value and stores it again.
 */
export class FormSlots<T> {
  /** Float64: formIds are never reused, so they may in principle pass 2^31. */
  private readonly ids = new Float64Array(FORM_SLOTS).fill(-1);
  private readonly values: (T | undefined)[] = new Array<T | undefined>(FORM_SLOTS).fill(undefined);

  get(t: Token): T | undefined {
    const slot = t.formId & (FORM_SLOTS - 1);
    return this.ids[slot] === t.formId ? this.values[slot] : undefined;
  }

  set(t: Token, value: T): void {
    if (t.formId < 0) return;
    const slot = t.formId & (FORM_SLOTS - 1);
    this.ids[slot] = t.formId;
    this.values[slot] = value;
  }
}
