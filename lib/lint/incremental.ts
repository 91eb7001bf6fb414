/**
 * The linter of an editor: `update(text)` on every keystroke re-tokenizes only the sentences around the edit,
 * takes the other sentences' results from a cache keyed by sentence text, and re-runs the cheap whole-reply
 * passes. The result equals lintReply(text, context).
 */
import type { Language } from '../taxonomy';
import { tokenize } from '../text';
import type { Diagnostic, LintContext } from '../types';
import { assemble, languageSample, lintEnv, resolveLanguage } from './engine';
import { segmentsOf } from './segments';
import { lintSentence, type LintEnv, type SentenceLint } from './sentence';

export interface Linter {
  update(text: string): Diagnostic[];
  setContext(context: LintContext): void;
}

interface Sentence {
  start: number;
  end: number;
  result: SentenceLint;
}

const CACHE_LIMIT = 2_000;
const BLOCK = 64;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** Length of the common prefix; compares 64-character blocks natively before going char by char. */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= max && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix that does not overlap the first `prefix` characters of either string. */
function commonSuffix(a: string, b: string, prefix: number): number {
  const max = Math.min(a.length, b.length) - prefix;
  let n = 0;
  while (n + BLOCK <= max && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/**
 * True when an edit of old[from, to) keeps both boundaries of the sentence [start, end): it leaves the
 * sentence's first letter (which decides whether the previous sentence ends there) and its final mark and
 * trailing spaces alone.
 */
function insideSentence(text: string, start: number, end: number, from: number, to: number): boolean {
  let first = start;
  while (first < end && !LETTER_OR_DIGIT.test(text[first]!)) first++;
  let last = end - 1;
  while (last > start && SPACE.test(text[last]!)) last--;
  return from > first && to < last;
}

export function createLinter(initialContext: LintContext): Linter {
  let context = initialContext;
  let env: LintEnv | null = null;
  let language: Language | null = null;
  let sample: string | null = null;
  let text = '';
  let sentences: Sentence[] = [];
  let diagnostics: Diagnostic[] = [];
  const cache = new Map<string, SentenceLint>();

  /** Lints `slice`, which starts at `sliceStart` of the text, reusing cached sentences. */
  function lintText(slice: string, sliceStart: number, lang: Language, lintEnvNow: LintEnv): Sentence[] {
    const tokens = tokenize(slice, lang);
    return segmentsOf(tokens, 0, slice.length).map((s) => {
      const sentenceText = slice.slice(s.start, s.end);
      let result = cache.get(sentenceText);
      if (!result) {
        result = lintSentence(sentenceText, tokens.slice(s.firstToken, s.endToken), s.start, lintEnvNow);
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(sentenceText, result);
      }
      return { start: s.start + sliceStart, end: s.end + sliceStart, result };
    });
  }


  /**
   * Re-lints the sentence the edit falls in; when the edit may move a sentence boundary, also one
   * neighbour each side.
   */
  function partial(next: string, lang: Language, lintEnvNow: LintEnv): Sentence[] {
    const old = text;
    const prefix = commonPrefix(old, next);
    const suffix = commonSuffix(old, next, prefix);
    const delta = next.length - old.length;
    const editEnd = old.length - suffix;
    let first = 0;
    while (first < sentences.length - 1 && sentences[first]!.end <= prefix) first++;
    let last = first;
    while (last < sentences.length - 1 && sentences[last]!.end < editEnd) last++;
    const touched = sentences[first]!;
    if (first !== last || !insideSentence(old, touched.start, touched.end, prefix, editEnd)) {
      first = Math.max(0, first - 1);
      last = Math.min(sentences.length - 1, last + 1);
    }
    const from = sentences[first]!.start;
    const to = sentences[last]!.end + delta;
    const window = next.slice(from, to);
    const relinted = lintText(window, from, lang, lintEnvNow);
    const after = sentences.slice(last + 1).map((s) => ({ start: s.start + delta, end: s.end + delta, result: s.result }));
    return [...sentences.slice(0, first), ...relinted, ...after];
  }

  return {
    update(next: string): Diagnostic[] {
      if (env && next === text) return diagnostics;
      const nextSample = context.language ? null : languageSample(next);
      if (!env || !language || (nextSample !== null && nextSample !== sample)) {
        const lang = resolveLanguage(next, context);
        if (lang !== language) {
          cache.clear();
          language = lang;
          env = lintEnv(lang, context);
          sentences = [];
        }
        sample = nextSample;
      }
      const lintEnvNow = env!;
      sentences = sentences.length === 0 || text.length === 0 ? lintText(next, 0, language, lintEnvNow) : partial(next, language, lintEnvNow);
      text = next;
      diagnostics = assemble(next, sentences, sentences.map((s) => s.result), lintEnvNow);
      return diagnostics;
    },
    setContext(nextContext: LintContext): void {
      context = nextContext;
      env = null;
      language = null;
      sample = null;
      sentences = [];
      cache.clear();
    },
  };
}
