/**
 * Linting of one sentence: phrase rules, structure signals, banned phrases, the customer's name, shouting, and what
 * the tone model reads in it.
 * The result depends only on the sentence text and the environment, so the incremental linter caches it
 * by sentence text; offsets are relative to the sentence start.
 */
import type { Language, LintClass } from '../taxonomy';
import type { Matcher, PhraseMatch, Token } from '../text';
import type { CustomRule, Diagnostic, Fix, LintContext } from '../types';
import { shouting } from './checks/shouting';
import { CHECK_MESSAGES, FIX_LABELS } from './checks/messages';
import { CUSTOM_ID_PREFIX, NAME_ID, SIGNAL_BIT, SIGNAL_BIT_BY_ID, SIGNAL_ID_PREFIX, SPOKEN_SIGNALS, type CompiledRules } from './compile';
import { deletion, matchCase } from './fixes';
import { inCases } from './rules/cases';
import { readTone, type ToneReading } from './tone';
import type { ToneClass, ToneModel } from './tone-model';

export interface LintEnv {
  language: Language;
  compiled: CompiledRules;
  tone: ToneModel;
  /** Banned phrases and the customer's name; null when the context has neither. */
  contextMatcher: Matcher | null;
  context: LintContext;
  ui: Language;
}

export interface SentenceLint {
  /** The phrase rules' and checks' findings; offsets relative to the sentence start. */
  diagnostics: Diagnostic[];
  /** What the tone model read; its findings wait for the neighbouring sentences (engine.ts). Null without tokens. */
  tone: ToneReading | null;
  /** Bitmask of SIGNAL_BIT, from the signal lists. */
  signals: number;
  mentionsName: boolean;
  /**
   * The tokens the signal model may read for empathy or a next step the lists missed (heardSignals); null when a rule
   * flags the sentence: a sentence flagged as dry, mocking or dismissive is not the reply's empathy (nor is one the
   * tone model flags, which the engine checks).
   */
  quiet: Token[] | null;
  /** heardSignals(quiet), once asked (-1 before). */
  heard: number;
}

/**
 * Negations that turn a phrase around: "we are not asking you to change your review", "это не ваша вина".
 * "no"/"нет" are left out: "Нет, вы неправы" still argues.
 */
const NEGATIONS: Record<Language, Set<string>> = {
  en: new Set(['not', 'never', "don't", "doesn't", "didn't", "won't", "wouldn't", "isn't", "aren't", "wasn't", "weren't", "can't", 'cannot', "shouldn't", "haven't", "hasn't"]),
  ru: new Set(['не', 'ни', 'никогда']),
  uk: new Set(['не', 'ні', 'ніколи']),
  bg: new Set(['не', 'нито', 'никога', 'никой']),
};
/** Classes whose phrases a negation turns around; "не переживайте так, милочка" is condescending either way. */
const NEGATABLE = new Set<LintClass>(['blame_customer', 'blame_staff', 'threat', 'removal_request', 'liability', 'argue', 'overpromise']);
/** How many words before a phrase a negation still applies to it. */
const NEGATION_REACH = 4;

const isWord = (t: Token) => t.kind === 'word' || t.kind === 'number';

/**
 * A negation within reach before the phrase, in the same clause: punctuation ends the search, so the "не"
 * of "якщо відгук не буде видалено, ми подамо позов" does not turn the threat around.
 */
function negatedBefore(tokens: Token[], first: number, negations: Set<string>): boolean {
  let seen = 0;
  for (let i = first - 1; i >= 0 && seen < NEGATION_REACH; i--) {
    const t = tokens[i]!;
    // An emoji closes a clause like punctuation does: "не сте пазарували много 😏 Всъщност …".
    if (t.kind === 'punct' || t.kind === 'emoji') return false;
    if (!isWord(t)) continue;
    if (negations.has(t.norm)) return true;
    seen++;
  }
  return false;
}

/** Beginnings of "promise" and "guarantee" in every form. */
const PROMISE_VERBS: Record<Language, string[]> = {
  en: ['promis', 'guarant'],
  ru: ['обещ', 'гарантир'],
  uk: ['обіц', 'гаранту'],
  bg: ['обещ', 'гарантир'],
};
/** How many words before a phrase's end a declined promise still covers it. */
const DECLINED_REACH = 8;

/**
 * "I can't promise we'll never have downtime again", «Не можем да обещаем, че никога повече няма да има
 * прекъсване»: what follows a promise declined is the honest limit seed 003 asks for, not an overpromise.
 * Looks back from token `last` over at most `reach` words.
 */
function promiseDeclined(tokens: Token[], last: number, language: Language, reach = DECLINED_REACH): boolean {
  let seen = 0;
  for (let i = last; i >= 0 && seen < reach; i--) {
    const t = tokens[i]!;
    if (!isWord(t)) continue;
    seen++;
    if (PROMISE_VERBS[language].some((p) => t.norm.startsWith(p)) && negatedBefore(tokens, i, NEGATIONS[language])) return true;
  }
  return false;
}

/** Words that take back what came before them in a sentence. */
const CONTRASTS: Record<Language, Set<string>> = {
  en: new Set(['but', 'however', 'though']),
  ru: new Set(['но', 'однако', 'зато']),
  uk: new Set(['але', 'проте', 'однак', 'зате']),
  bg: new Set(['но', 'обаче', 'ама']),
};

/** "Вы правы", «маєте рацію», «прави сте», "you're right": agreeing with the customer. */
const AGREEMENT: Record<Language, RegExp> = {
  ru: /(?:^|[^\p{L}])вы\s+(?:абсолютно\s+|совершенно\s+|полностью\s+)?правы?(?!\p{L})/iu,
  uk: /(?:маєте|маєш)\s+(?:цілковиту\s+|повну\s+)?рацію|(?:^|[^\p{L}])ви\s+(?:абсолютно\s+|цілком\s+)?праві(?!\p{L})/iu,
  bg: /(?:^|[^\p{L}])(?:прав[аи]?\s+сте|сте\s+(?:напълно\s+)?прав[аи]?)(?!\p{L})/iu,
  en: /\b(?:you['’]re|you\s+are)\s+(?:absolutely\s+|quite\s+|completely\s+|totally\s+)?right\b/iu,
};

/**
 * A sentence that agrees with the customer and takes nothing back ("You're right that twelve people around one hob
 * meant …") neither argues nor blames, whatever its words weigh in the tone model; "you're right, but …" may.
 * `tokens` have offsets into a text in which `sentence` starts at `offset`.
 */
export function agreesWithCustomer(sentence: string, tokens: Token[], offset: number, language: Language): boolean {
  const m = AGREEMENT[language].exec(sentence);
  if (m === null) return false;
  const agreementEnd = offset + m.index + m[0].length;
  return !tokens.some((t) => t.start >= agreementEnd && CONTRASTS[language].has(t.norm));
}

/**
 * «Обговорювати медичні деталі публічно ми не можемо», "we won't go into your account publicly": declining to discuss
 * something in public is the seeds' move to a private channel, not a shrug, whatever "не можем" weighs in the model.
 */
const PUBLICLY: Record<Language, Set<string>> = {
  ru: new Set(['публично']),
  uk: new Set(['публічно']),
  bg: new Set(['публично']),
  en: new Set(['publicly']),
};
const declinesInPublic = (tokens: Token[], language: Language) => tokens.some((t) => PUBLICLY[language].has(t.norm));

/**
 * «Мы не просим вас менять отзыв», «Не ви молим да променяте отзива си», "we're not asking you to change your review":
 * a request said not to be one, which the model (it reads words, not their scope) hears as the request.
 */
const NOT_ASKING: Record<Language, RegExp> = {
  ru: /(?:^|[^\p{L}])не\s+(?:просим|требуем|настаиваем)(?!\p{L})/iu,
  uk: /(?:^|[^\p{L}])не\s+(?:просимо|вимагаємо|наполягаємо)(?!\p{L})/iu,
  bg: /(?:^|[^\p{L}])не\s+(?:ви\s+)?(?:молим|искаме|настояваме)(?!\p{L})/iu,
  en: /(?:\bnot|\bnever|n['’]t)\s+(?:ask|asking|request|requesting)\b/iu,
};

/** The customer's own name is no pet name: «Здравей, Мила, …» to a customer called Мила. */
function containsName(contextMatches: PhraseMatch[], m: PhraseMatch): boolean {
  return contextMatches.some((n) => n.id === NAME_ID && n.start >= m.start && n.end <= m.end);
}

function nextWordIn(tokens: Token[], last: number, words: string[]): boolean {
  for (let i = last + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isWord(t)) return words.includes(t.norm);
  }
  return false;
}

/** The word right before the phrase, in the same clause: «вопрос не к нам, надо было…» has none. */
function previousWordIn(tokens: Token[], first: number, words: string[]): boolean {
  for (let i = first - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.kind === 'punct') return false;
    if (isWord(t)) return words.includes(t.norm);
  }
  return false;
}

function quoted(s: string): string {
  return `“${s}”`;
}

/**
 * A rewrite that is a clause of its own ("Let's sort this out together") reads right only where a clause
 * starts; in the middle of one ("Honestly, that was …") it would break the grammar, so it is not offered there.
 */
function isClause(rewrite: string): boolean {
  const first = rewrite.charAt(0);
  return rewrite.includes(' ') && first !== first.toLowerCase();
}

/** Diagnostic for a phrase at [start, end) of `sentence`, with fixes built from the rewrites. */
function phraseDiagnostic(
  sentence: string,
  start: number,
  end: number,
  head: Pick<Diagnostic, 'rule' | 'class' | 'severity' | 'message'>,
  rewrites: string[],
  ui: Language,
): Diagnostic {
  // A capital letter also starts a clause: "… Team Northwind That's your problem." typed after a sign-off.
  const first = sentence.charAt(start);
  const startsSentence = sentence.slice(0, start).trim() === '' || first !== first.toLowerCase();
  const replacements = rewrites.filter((r) => startsSentence || !isClause(r));
  const removal = replacements.includes('') ? deletion(sentence, start, end) : null;
  const spanStart = removal ? Math.min(removal.start, start) : start;
  const spanEnd = removal ? Math.max(removal.end, end) : end;
  const phrase = sentence.slice(start, end);
  const fixes: Fix[] = replacements.map((r) =>
    r === ''
      ? { label: FIX_LABELS.remove[ui], replacement: removal!.replacement }
      : {
          label: `${FIX_LABELS.replace[ui]} ${quoted(r)}`,
          replacement: sentence.slice(spanStart, start) + matchCase(r, phrase) + sentence.slice(end, spanEnd),
        },
  );
  return { rule: head.rule, class: head.class, severity: head.severity, start: spanStart, end: spanEnd, message: head.message, fixes };
}

function customDiagnostic(sentence: string, start: number, end: number, rule: CustomRule, index: number, ui: Language): Diagnostic {
  return phraseDiagnostic(
    sentence,
    start,
    end,
    { rule: `${CUSTOM_ID_PREFIX}${index}`, class: 'custom', severity: 'warning', message: CHECK_MESSAGES.custom[ui] },
    rule.replacement !== undefined ? [rule.replacement] : [''],
    ui,
  );
}

/**
 * `tokens` are the sentence's tokens with offsets into some text in which the sentence starts at `offset`.
 * The matches may be passed in when the caller matched the whole text at once (token indices into `tokens`).
 */
export function lintSentence(
  sentence: string,
  tokens: Token[],
  offset: number,
  env: LintEnv,
  ruleMatches: PhraseMatch[] = env.compiled.matcher.match(tokens),
  contextMatches: PhraseMatch[] = env.contextMatcher?.match(tokens) ?? [],
): SentenceLint {
  const { compiled, context, ui } = env;
  const diagnostics: Diagnostic[] = [];
  const signalMatches: PhraseMatch[] = [];
  let mentionsName = false;
  for (const m of ruleMatches) {
    if (m.id.startsWith(SIGNAL_ID_PREFIX)) {
      signalMatches.push(m);
      continue;
    }
    const rule = compiled.rules.get(m.id);
    if (!rule || !inCases(rule.onlyWhen, context)) continue;
    if (NEGATABLE.has(rule.class) && negatedBefore(tokens, m.firstToken, NEGATIONS[env.language])) continue;
    if (rule.class === 'overpromise' && promiseDeclined(tokens, m.lastToken, env.language)) continue;
    if (rule.unlessNext && nextWordIn(tokens, m.lastToken, rule.unlessNext)) continue;
    if (rule.unlessPrevious && previousWordIn(tokens, m.firstToken, rule.unlessPrevious)) continue;
    if (rule.class === 'condescension' && containsName(contextMatches, m)) continue;
    diagnostics.push(
      phraseDiagnostic(
        sentence,
        m.start - offset,
        m.end - offset,
        { rule: rule.id, class: rule.class, severity: rule.hintWithoutName && !context.customerName ? 'info' : rule.severity, message: rule.message[ui] },
        rule.replacements ?? [],
        ui,
      ),
    );
  }
  for (const m of contextMatches) {
    if (m.id === NAME_ID) {
      mentionsName = true;
      continue;
    }
    const index = Number(m.id.slice(CUSTOM_ID_PREFIX.length));
    const custom = context.customRules?.[index];
    if (custom) diagnostics.push(customDiagnostic(sentence, m.start - offset, m.end - offset, custom, index, ui));
  }
  dropLimitsWithAWayRound(diagnostics, signalMatches, tokens, offset, env.language);
  diagnostics.push(...shouting(sentence, tokens, offset, env.language, ui));
  // Read before the model's findings: one spans the whole sentence, and would hide every signal in it.
  const signals = signalsOutsideClichés(signalMatches, diagnostics, offset);
  // An argument, not a named const: tsx (tests, benches) gives every named closure a name with Object.defineProperty,
  // which cost a tenth of a full lint here, once per sentence.
  const tone = readTone(sentence, tokens, offset, env.tone, diagnostics, (toneClass: ToneClass) =>
    toneClass === 'dry'
      ? (signals & SIGNAL_BIT.thanksForReview) !== 0
      : toneClass === 'overpromise'
        ? promiseDeclined(tokens, tokens.length - 1, env.language, Infinity)
        : toneClass === 'dismissive'
          ? declinesInPublic(tokens, env.language) || (signals & SPOKEN_SIGNALS) !== 0
          : toneClass === 'removal_request'
            ? NOT_ASKING[env.language].test(sentence)
            : (toneClass === 'argue' || toneClass === 'blame_customer') && agreesWithCustomer(sentence, tokens, offset, env.language),
  );
  const quiet = diagnostics.some((d) => d.severity !== 'info') ? null : tokens;
  return { diagnostics, tone, signals, mentionsName, quiet, heard: -1 };
}

const WAY_ROUND_ID = `${SIGNAL_ID_PREFIX}wayRound`;
/** Signals that say what happens next: after a "but", they turn a limit into an honest answer. */
const STEP_IDS = new Set([WAY_ROUND_ID, `${SIGNAL_ID_PREFIX}nextStep`, `${SIGNAL_ID_PREFIX}privateChannel`]);

/**
 * "На решение инспектора мы повлиять не можем, но подготовить вас лучше в наших силах", "таке трапляється з деякими
 * картками, і ми підкажемо, як це обійти", "some soreness is normal for a few days, but … please call us": a limit
 * said together with what we will do is honest (seed 003), not a brush-off. So is a fact from our records followed by
 * "but let's check together" («по трекеру курьер был у подъезда, но … давайте разберёмся вместе»): no argument. A
 * dismissive or argue phrase is dropped when an offer of ours follows it in the sentence, or a "but" and then any next step.
 */
function dropLimitsWithAWayRound(diagnostics: Diagnostic[], signals: PhraseMatch[], tokens: Token[], offset: number, language: Language): void {
  for (let i = diagnostics.length - 1; i >= 0; i--) {
    const d = diagnostics[i]!;
    if (d.class !== 'dismissive' && d.class !== 'argue') continue;
    const contrast = tokens.find((t) => t.start - offset >= d.end && CONTRASTS[language].has(t.norm));
    const answered = signals.some(
      (m) => m.start - offset >= d.end && (m.id === WAY_ROUND_ID || (contrast !== undefined && m.start >= contrast.end && STEP_IDS.has(m.id))),
    );
    if (answered) diagnostics.splice(i, 1);
  }
}

/**
 * SIGNAL_BIT of the signal matches, leaving out those inside a dry or formal cliché: "We apologize for any
 * inconvenience" and "we regret to inform you" are the formulas the seeds warn about (001, 002), not the empathy
 * the structure check looks for.
 */
function signalsOutsideClichés(matches: PhraseMatch[], diagnostics: Diagnostic[], offset: number): number {
  let signals = 0;
  for (const m of matches) {
    const bit = SIGNAL_BIT_BY_ID.get(m.id)!;
    const start = m.start - offset;
    const end = m.end - offset;
    const inCliché = diagnostics.some((d) => (d.class === 'dry' || d.class === 'formal') && d.start <= start && d.end >= end);
    // Thanks for the review stays thanks inside a cliché: that is what makes "Спасибо за отзыв." dry.
    if (!inCliché || bit === SIGNAL_BIT.thanksForReview) signals |= bit;
  }
  return signals;
}
