/**
 * Signal hits in a review: every phrase match with its label and weight, after negation
 * ("не нагрубил", "not rude at all") and sarcasm («отличный» сервис in quotes) are taken into account.
 */
import type { Token } from '../text';
import type { SignalLabel } from './signal';
import type { CompiledSignals } from './signals';

export interface Hit {
  /** The signal that matched (`<language>:<label>:<pattern>`). */
  signalId: string;
  label: SignalLabel;
  weight: number;
  start: number;
  end: number;
  /** Set when a negator in front cancels the phrase: the span of negator..phrase. */
  negatedFrom?: number;
  /** Praise in scare quotes or next to a sarcasm marker. */
  sarcastic?: boolean;
  /** Where the phrase stands relative to a "but" in its sentence. */
  contrast?: 'before' | 'after';
  /** A topic word (see Signal.context). */
  context?: true;
  /** Index of the sentence the phrase starts in. */
  sentence: number;
  /** A legal cue that names the police (see crime_victim). */
  police?: true;
  /** A legal cue that names a lawyer (see withoutDefusedLegalCues). */
  lawyer?: true;
}

/** How many words before a phrase a negator still reaches. */
const NEGATION_REACH = 3;
const OPENING_QUOTES = new Set(['«', '"', '“', '„', "'", '‘']);
const CLOSING_QUOTES = new Set(['»', '"', '”', '“', "'", '’']);

function isNegator(norm: string, set: CompiledSignals): boolean {
  return set.negators.has(norm) || norm.endsWith("n't");
}

/** Index of a negator that reaches the token at `first`, or -1. Punctuation and "but"/"if" stop the reach. */
function negatorBefore(tokens: Token[], first: number, set: CompiledSignals): number {
  const sentence = tokens[first]!.sentence;
  let words = 0;
  for (let i = first - 1; i >= 0 && words < NEGATION_REACH; i--) {
    const t = tokens[i]!;
    if (t.sentence !== sentence || t.kind === 'punct') return -1;
    if (t.kind !== 'word') continue;
    if (isNegator(t.norm, set)) return i;
    if (set.scopeBreakers.has(t.norm)) return -1;
    words++;
  }
  return -1;
}

/** "судиться я не собираюсь": a negator and an intent word right after the phrase. */
function intentNegatedAfter(tokens: Token[], last: number, set: CompiledSignals): number {
  const sentence = tokens[last]!.sentence;
  let words = 0;
  for (let i = last + 1; i < tokens.length - 1 && words < NEGATION_REACH; i++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) return -1;
    if (t.kind !== 'word') continue;
    const next = tokens[i + 1]!;
    if (isNegator(t.norm, set) && set.intentPrefixes.some((p) => next.norm.startsWith(p))) return next.end;
    words++;
  }
  return -1;
}

/** Words a scare quote holds at most: «отличный» сервис, "professional cleaning"; longer quotes are reported speech. */
const SCARE_QUOTE_WORDS = 4;

/** Indexes of the tokens inside short quotes of one sentence. */
function scareQuoted(tokens: Token[]): Set<number> {
  const quoted = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i]!;
    if (open.kind !== 'punct' || !OPENING_QUOTES.has(open.norm)) continue;
    let words = 0;
    for (let j = i + 1; j < tokens.length && tokens[j]!.sentence === open.sentence && words <= SCARE_QUOTE_WORDS; j++) {
      const t = tokens[j]!;
      if (t.kind === 'punct' && CLOSING_QUOTES.has(t.norm)) {
        for (let k = i + 1; k < j; k++) quoted.add(k);
        i = j;
        break;
      }
      if (t.kind === 'word') words++;
    }
  }
  return quoted;
}

/** Index of the first "but" word of each sentence that has one. */
function contrastIndex(tokens: Token[], set: CompiledSignals): Map<number, number> {
  const at = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && set.contrastWords.has(t.norm) && !at.has(t.sentence)) at.set(t.sentence, i);
  }
  return at;
}

export function findHits(tokens: Token[], set: CompiledSignals): Hit[] {
  const hits: Hit[] = [];
  const contrastAt = contrastIndex(tokens, set);
  const sarcasticSentences = new Set<number>();
  let quoted: Set<number> | undefined;
  const inScareQuotes = (first: number, last: number) => {
    quoted ??= scareQuoted(tokens);
    for (let i = first; i <= last; i++) if (!quoted.has(i)) return false;
    return true;
  };
  for (const m of set.matcher.match(tokens)) {
    const signal = set.byId.get(m.id)!;
    const first = tokens[m.firstToken]!;
    const hit: Hit = { signalId: signal.id, label: signal.label, weight: signal.weight, start: m.start, end: m.end, sentence: first.sentence };
    if (signal.context) {
      hit.context = true;
      hits.push(hit);
      continue;
    }
    const but = contrastAt.get(first.sentence);
    if (but !== undefined) hit.contrast = m.firstToken > but ? 'after' : m.lastToken < but ? 'before' : undefined;
    if (DEFUSERS.includes(signal.label)) {
      hits.push(hit);
      continue;
    }
    if (!isNegator(first.norm, set)) {
      const neg = negatorBefore(tokens, m.firstToken, set);
      if (neg >= 0) hit.negatedFrom = tokens[neg]!.start;
    }
    if (LEGAL_CUES.includes(signal.label) && names(POLICE_WORD, tokens, m.firstToken, m.lastToken)) hit.police = true;
    if (LEGAL_CUES.includes(signal.label) && names(LAWYER_WORD, tokens, m.firstToken, m.lastToken)) hit.lawyer = true;
    if (hit.negatedFrom === undefined && LEGAL_CUES.includes(signal.label)) {
      const end = intentNegatedAfter(tokens, m.lastToken, set);
      if (end >= 0) {
        hit.negatedFrom = hit.start;
        hit.end = end;
      }
    }
    if (signal.label === 'sarcasm') sarcasticSentences.add(first.sentence);
    if (signal.label === 'praise' && inScareQuotes(m.firstToken, m.lastToken)) hit.sarcastic = true;
    hits.push(hit);
  }
  if (sarcasticSentences.size > 0) {
    for (const hit of hits) if (hit.label === 'praise' && sarcasticSentences.has(hit.sentence)) hit.sarcastic = true;
  }
  return withoutDefusedLegalCues(withoutRudenessAsides(hits));
}

const DEFUSERS: readonly SignalLabel[] = ['legal_declined', 'legal_aside', 'crime_victim', 'rudeness_aside'];
const LEGAL_CUES: readonly SignalLabel[] = ['legal_threat', 'legal_mention'];
/** Police in the four languages (normalized words): "полицию", "кіберполіції", "полицията", "police", "cops", МВР. */
const POLICE_WORD = /^(?:(?:кибер|кібер)?(?:полиц|поліц)|police|cops?$|мвр$|мвс$)/;
const LAWYER_WORD = /^(?:юрист|адвокат|lawyer|attorney|solicitor)/;

function names(word: RegExp, tokens: Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (word.test(tokens[i]!.norm)) return true;
  return false;
}

const overlap = (a: Hit, b: Hit) => a.start < b.end && b.start < a.end;

/**
 * Drops the legal cues a defuser explains, and the defusers themselves, which are no evidence of anything.
 * A declined suit explains every legal cue of its sentence but those after a "but" it stands before ("not the
 * suing type, but I've called my lawyer"), and the lawyers of the sentences before it: «наш юрист перечитал
 * договор… Судиться не собираемся» asked a lawyer's opinion, not for a suit. A legal word aimed elsewhere explains
 * the cues it overlaps and the cues chained to those: "подадох сигнал | в полицията | срещу крадеца" is one report on a thief.
 * A crime against the writer likewise explains the police cues of its sentence and the sentences after it, and
 * the cues chained to them ("подадох сигнал | в полицията").
 */
function withoutDefusedLegalCues(hits: Hit[]): Hit[] {
  const defusers = hits.filter((h) => DEFUSERS.includes(h.label));
  if (defusers.length === 0 && !hits.some((h) => h.lawyer)) return hits;
  const declined = defusers.filter((d) => d.label === 'legal_declined');
  // "We are not going to sue" declines as «судиться не собираемся» does, for the lawyers before it.
  const declinedAfterLawyer = [...declined, ...hits.filter((h) => LEGAL_CUES.includes(h.label) && h.negatedFrom !== undefined)];
  const explainedByDecline = (h: Hit) =>
    declined.some((d) => d.sentence === h.sentence && !(d.contrast === 'before' && h.contrast === 'after')) ||
    (h.lawyer === true && declinedAfterLawyer.some((d) => d.sentence > h.sentence));
  const crimeFrom = Math.min(...defusers.filter((d) => d.label === 'crime_victim').map((d) => d.sentence));
  let legal = hits.filter((h) => LEGAL_CUES.includes(h.label) && !explainedByDecline(h));
  let frontier = [...defusers.filter((d) => d.label === 'legal_aside'), ...legal.filter((h) => h.police && h.sentence >= crimeFrom)];
  while (frontier.length > 0) {
    const reached = legal.filter((h) => frontier.some((f) => overlap(f, h)));
    legal = legal.filter((h) => !reached.includes(h));
    frontier = reached;
  }
  return hits.filter((h) => !DEFUSERS.includes(h.label) && (!LEGAL_CUES.includes(h.label) || legal.includes(h)));
}

/** Drops the rudeness cues a rudeness aside overlaps (other guests shouting, "shout out to"), and the asides. */
function withoutRudenessAsides(hits: Hit[]): Hit[] {
  const asides = hits.filter((h) => h.label === 'rudeness_aside');
  if (asides.length === 0) return hits;
  return hits.filter((h) => h.label !== 'rudeness_aside' && !(h.label === 'staff_rudeness' && asides.some((a) => overlap(a, h))));
}
