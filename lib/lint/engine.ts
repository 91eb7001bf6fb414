/**
 * lintReply: the whole reply at once. Sentences are linted one by one (lintSentence, also used by the
 * incremental linter), then the whole-reply passes run: quotes, privacy, structure, de-duplication.
 */
import type { Language } from '../taxonomy';
import { detectLanguage, tokenize, type PhraseMatch } from '../text';
import type { Diagnostic, LintContext, Severity } from '../types';
import { CHECK_MESSAGES, FIX_LABELS } from './checks/messages';
import { privacy } from './checks/privacy';
import { structure } from './checks/structure';
import { compiledRules, contextMatcher, SIGNAL_BIT, SPOKEN_SIGNALS } from './compile';
import { insideAny, quoteSpans, scareQuotes } from './quotes';
import { segmentsOf, type Segment } from './segments';
import { signOffStart } from './sign-off';
import { lintSentence, type LintEnv, type SentenceLint } from './sentence';
import { heardSignals } from './signal-model';
import { MODEL_RULE_PREFIX, secondLook, toneFindings } from './tone';
import { toneModel } from './tone-model';

/** Enough text to tell ru, uk, bg and en apart; detecting on more costs time on every keystroke. */
export const LANGUAGE_SAMPLE_CHARS = 400;

export function languageSample(text: string): string {
  return text.slice(0, LANGUAGE_SAMPLE_CHARS);
}

export function resolveLanguage(text: string, context: LintContext): Language {
  const language = context.language ?? detectLanguage(languageSample(text));
  return language === 'other' ? 'en' : language;
}

export function lintEnv(language: Language, context: LintContext): LintEnv {
  return {
    language,
    compiled: compiledRules(language),
    tone: toneModel(language),
    contextMatcher: contextMatcher(language, context.customRules, context.customerName),
    context,
    ui: context.uiLanguage ?? 'en',
  };
}

/** Matches of the whole token list grouped by segment, token indices made relative to the segment. */
function bySegment(matches: PhraseMatch[], segments: Segment[]): PhraseMatch[][] {
  const out: PhraseMatch[][] = segments.map(() => []);
  let s = 0;
  for (const m of matches) {
    while (s < segments.length - 1 && m.firstToken >= segments[s]!.endToken) s++;
    // Matches come sorted by start, so segments only move forward; a match starting earlier goes back.
    let k = s;
    while (k > 0 && m.firstToken < segments[k]!.firstToken) k--;
    const base = segments[k]!.firstToken;
    out[k]!.push({ id: m.id, start: m.start, end: m.end, firstToken: m.firstToken - base, lastToken: m.lastToken - base });
  }
  return out;
}

/** Lints each segment of `text`, tokenized with `language`. */
export function lintSegments(text: string, language: Language, env: LintEnv): { segments: Segment[]; results: SentenceLint[] } {
  const tokens = tokenize(text, language);
  const segments = segmentsOf(tokens, 0, text.length);
  // One matcher call for the whole text (matches never cross sentences), handed out per sentence.
  const ruleMatches = bySegment(env.compiled.matcher.match(tokens), segments);
  const contextMatches = env.contextMatcher ? bySegment(env.contextMatcher.match(tokens), segments) : null;
  const results = segments.map((s, i) =>
    lintSentence(text.slice(s.start, s.end), tokens.slice(s.firstToken, s.endToken), s.start, env, ruleMatches[i], contextMatches?.[i] ?? []),
  );
  return { segments, results };
}

/** Classes of our own wording: inside quotes the words are the customer's, so these are skipped there. */
const NOT_IN_QUOTES = new Set<Diagnostic['class']>(['privacy', 'structure']);
const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** 1 for a tone-model finding: a phrase rule's says more (its exact words, its fixes). */
const byModel = (d: Diagnostic) => (d.rule.startsWith(MODEL_RULE_PREFIX) ? 1 : 0);

/**
 * Two phrases that only touch: a fix that drops "Уважаеми клиенти, " takes the next word along to capitalise it, and
 * that word may start another phrase of the class («във връзка с …»). Less than half of the shorter one is shared.
 */
function onlyTouch(a: Diagnostic, b: Diagnostic): boolean {
  if (byModel(a) || byModel(b)) return false;
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared * 2 < Math.min(a.end - a.start, b.end - b.start);
}

/** Of overlapping diagnostics of one class keep a phrase rule's over the model's, then the most severe, then the longest. */
function dedupe(sorted: Diagnostic[]): Diagnostic[] {
  const kept: Diagnostic[] = [];
  for (const d of sorted) {
    let replaced = false;
    let dropped = false;
    for (let k = kept.length - 1; k >= 0; k--) {
      const other = kept[k]!;
      if (other.end <= d.start) continue;
      if (other.class !== d.class || onlyTouch(other, d)) continue;
      const better =
        byModel(other) - byModel(d) || SEVERITY_RANK[d.severity] - SEVERITY_RANK[other.severity] || d.end - d.start - (other.end - other.start);
      if (better > 0 && !replaced) {
        kept[k] = d;
        replaced = true;
      } else dropped = true;
      break;
    }
    if (!replaced && !dropped) kept.push(d);
  }
  return kept;
}

/** A segment without the spaces around it. */
function trimmed(text: string, s: { start: number; end: number }): { start: number; end: number } {
  const sentence = text.slice(s.start, s.end);
  return { start: s.start + sentence.length - sentence.trimStart().length, end: s.start + sentence.trimEnd().length };
}

/** A sentence that thanks for the review, or that a dry cliché fills (more than half of its letters). */
function isThanksOrCliché(sentence: string, result: SentenceLint, toneFound: readonly Diagnostic[]): boolean {
  if ((result.signals & SIGNAL_BIT.thanksForReview) !== 0) return true;
  const dryLength = (n: number, d: Diagnostic) => (d.class === 'dry' ? n + d.end - d.start : n);
  const cliché = toneFound.reduce(dryLength, result.diagnostics.reduce(dryLength, 0));
  return cliché * 2 > sentence.trim().length;
}

/**
 * Empathy or a next step the signal model hears in the reply's quiet sentences, asked only when the lists found
 * neither in the whole reply, so a reply that says "sorry" and "we'll call you" costs nothing.
 */
function heardInQuietSentences(signals: number, results: readonly SentenceLint[], toneFound: readonly (readonly Diagnostic[])[], language: Language): number {
  let heard = 0;
  for (const [i, r] of results.entries()) {
    if (((signals | heard) & SPOKEN_SIGNALS) === SPOKEN_SIGNALS) break;
    if (!r.quiet || toneFound[i]!.length > 0) continue;
    if (r.heard < 0) r.heard = heardSignals(r.quiet, language);
    heard |= r.heard;
  }
  return heard & SPOKEN_SIGNALS;
}

/** Sentence results (relative offsets) + whole-reply passes → the reply's diagnostics, sorted by start. */
export function assemble(text: string, segments: readonly { start: number; end: number }[], results: readonly SentenceLint[], env: LintEnv): Diagnostic[] {
  const quotes = quoteSpans(text);
  // The model reads what the reply says, not how it is signed: «Поздрави от целия екип,» is no cliché of the answer.
  const signedAt = signOffStart(text);
  const all: Diagnostic[] = [];
  let signals = 0;
  let mentionsName = false;
  const thanks: { start: number; end: number }[] = [];
  // A sentence's model findings, judged by toneFindings or secondLook with its neighbours' readings.
  const heard = (judge: typeof toneFindings, i: number) =>
    judge(results[i]!.tone, results[i - 1]?.tone ?? null, results[i + 1]?.tone ?? null, env.tone, env.context, env.ui);
  const toneFound = results.map((_, i) => heard(toneFindings, i));
  const loud = (r: SentenceLint, i: number) => toneFound[i]!.length > 0 || r.diagnostics.some((d) => d.severity !== 'info');
  if (results.some(loud)) {
    for (const [i, r] of results.entries()) if (!loud(r, i)) toneFound[i] = heard(secondLook, i);
  }
  for (let i = 0; i < segments.length; i++) {
    const offset = segments[i]!.start;
    const r = results[i]!;
    signals |= r.signals;
    if ((r.signals & SIGNAL_BIT.thanksForReview) !== 0) thanks.push(trimmed(text, segments[i]!));
    mentionsName ||= r.mentionsName;
    for (const d of toneFound[i]!.length > 0 ? [...r.diagnostics, ...toneFound[i]!] : r.diagnostics) {
      const start = d.start + offset;
      const end = d.end + offset;
      if (quotes.length > 0 && !NOT_IN_QUOTES.has(d.class) && insideAny(quotes, start, end)) continue;
      if (start >= signedAt && d.rule.startsWith(MODEL_RULE_PREFIX)) continue;
      all.push({ ...d, start, end });
    }
  }
  for (const q of scareQuotes(text, quotes)) {
    all.push({
      rule: 'mockery-scare-quotes',
      class: 'mockery',
      severity: 'error',
      start: q.start,
      end: q.end,
      message: CHECK_MESSAGES.scareQuotes[env.ui],
      fixes: [{ label: FIX_LABELS.removeQuotes[env.ui], replacement: text.slice(q.start + 1, q.end - 1) }],
    });
  }
  signals |= heardInQuietSentences(signals, results, toneFound, env.language);
  const found = privacy(text, env.context.ownContacts ?? [], env.ui);
  all.push(...found.diagnostics);
  const first = segments[0] ?? { start: 0, end: text.length };
  // Only a reply that neither apologises nor offers a step can be "thanks and clichés": skip the walk otherwise.
  const mayBeOnlyClichés = (signals & SPOKEN_SIGNALS) === 0;
  const onlyThanksAndClichés =
    mayBeOnlyClichés && segments.every((s, i) => s.start >= signedAt || isThanksOrCliché(text.slice(s.start, s.end), results[i]!, toneFound[i]!));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  // Whole-reply findings are about the reply, not a phrase: they never replace a phrase's diagnostic.
  const result = dedupe(all);
  result.push(...structure(text, { signals, mentionsName, offersContact: found.offersContact, firstSentence: first, onlyThanksAndClichés, thanks, signedAt }, env.context, env.ui));
  return result.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function lintReply(text: string, context: LintContext = {}): Diagnostic[] {
  const language = resolveLanguage(text, context);
  const env = lintEnv(language, context);
  const { segments, results } = lintSegments(text, language, env);
  return assemble(text, segments, results, env);
}
