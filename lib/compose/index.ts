/**
 * Turns an analysis into the reply a good support lead would write: the playbook (lib/playbook) decides which
 * parts the reply needs, the phrase bank of the reply's language words them, the settings personalise them.
 */
import { checklistFor, getPlaybook, REPLY_PARTS, type Playbook, type ReplyPart } from '../playbook/index';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { LANGUAGES, TONES, type Language, type Tone } from '../taxonomy';
import type { Analysis, Draft } from '../types';
import type { Bank, ToneVariants } from './bank';
import { BANKS } from './banks/index';
import { factSlots, SLOT_FACTS, withinHours } from './facts';
import { fill, slotsOf, type Slots } from './template';
import { pick } from './variant';
import { vocativeUk } from './vocative-uk';

/** The part of Settings the composer reads; any key may be missing (defaults apply). A full Settings fits. */
export type ReplySettings = Partial<
  Pick<
    Settings,
    | 'companyName'
    | 'agentName'
    | 'signature'
    | 'contact'
    | 'responseHours'
    | 'offers'
    | 'tone'
    | 'replyLanguage'
    | 'phraseOverrides'
  >
>;

export interface ComposeOptions {
  tone?: Tone;
  variant?: number;
  language?: Language;
}

/** Paragraphs of the reply body, each a run of parts. */
const PARAGRAPHS: ReplyPart[][] = [
  ['restatement', 'empathy', 'customerFault'],
  ['relationship', 'investigation', 'legalPrivacy', 'escalation', 'compensation'],
  ['nextStep', 'privateChannel'],
];

/** Tones the case allows: light never for rudeness, legal threats, abuse, pile-ons or contract disputes. */
export function allowedTones(analysis: Pick<Analysis, 'category' | 'flags'>): Tone[] {
  const playbook = getPlaybook(analysis.category, analysis.flags);
  return TONES.filter((tone) => tone !== 'light' || !playbook.mustNotContain.includes('light_tone'));
}

export function replyLanguageOf(analysis: Pick<Analysis, 'language'>, settings: ReplySettings, options: ComposeOptions): Language {
  if (options.language) return options.language;
  const chosen = LANGUAGES.find((language) => language === settings.replyLanguage);
  if (chosen) return chosen;
  return analysis.language === 'other' ? 'en' : analysis.language;
}

const byTone = (variants: ToneVariants, tone: Tone): string[] => variants[tone] ?? variants.warm;

interface Context {
  playbook: Playbook;
  settings: Settings;
  bank: Bank;
  tone: Tone;
  variant: number;
  slots: Slots;
}

function channels(ctx: Context): string | undefined {
  const { contact } = ctx.settings;
  const labels = ctx.bank.channel;
  const items = (['email', 'phone', 'dm', 'url'] as const).flatMap((key) => {
    const value = contact[key];
    return value ? [labels[key].replace(`{${key}}`, value)] : [];
  });
  if (items.length === 0) return undefined;
  const last = items.pop() as string;
  return items.length ? `${items.join(', ')} ${labels.or} ${last}` : last;
}

/** The bank's phrasings for one part in this case, or nothing when the part is not needed. */
function phrasings(part: ReplyPart, ctx: Context): string[] | undefined {
  const { bank, tone, playbook, settings } = ctx;
  const thanks = playbook.empathy === 'thanks';
  switch (part) {
    case 'greeting':
      return byTone(ctx.slots.name ? bank.greeting.named : bank.greeting.unnamed, tone);
    case 'restatement':
      return bank.restatement[playbook.category];
    case 'empathy':
      return byTone(bank.empathy[playbook.empathy], tone);
    case 'nextStep':
      return byTone(thanks ? bank.nextStep.thanks : bank.nextStep.complaint, tone);
    case 'privateChannel': {
      const set = thanks ? bank.privateChannel.thanks : bank.privateChannel.complaint;
      return ctx.slots.channels ? set.withContacts : set.withoutContacts;
    }
    case 'compensation':
      if (!playbook.mustContain.includes('compensation')) return undefined;
      return settings.offers.length ? bank.compensation.offer : bank.compensation.generic;
    case 'signOff':
      return byTone(bank.signOff, tone);
    case 'customerFault':
    case 'relationship':
    case 'investigation':
    case 'legalPrivacy':
    case 'escalation':
      return playbook.mustContain.includes(part) ? bank[part] : undefined;
  }
}

function signer(ctx: Context): string {
  if (ctx.settings.signature) return ctx.settings.signature;
  const { agent, company } = ctx.slots;
  const key = agent && company ? 'both' : agent ? 'agentOnly' : company ? 'companyOnly' : 'none';
  return fill(ctx.bank.signer[key], ctx.slots).text;
}

const OVERRIDE_SLOTS = ['name', 'agent', 'company'];

/**
 * The user's own opening or closing for this category (settings.phraseOverrides). It is used only when every
 * slot it names can be filled (no {name} without a known name), so user text never breaks a draft.
 */
function override(part: ReplyPart, ctx: Context): string | undefined {
  const kind = part === 'greeting' ? 'opening' : part === 'signOff' ? 'closing' : undefined;
  const text = kind && ctx.settings.phraseOverrides[ctx.playbook.category]?.[kind];
  if (!text) return undefined;
  const fillable = slotsOf(text).every((slot) => OVERRIDE_SLOTS.includes(slot) && ctx.slots[slot]);
  return fillable ? text : undefined;
}

function render(part: ReplyPart, ctx: Context, used: Set<string>): string | undefined {
  const options = phrasings(part, ctx);
  if (!options) return undefined;
  const template = override(part, ctx) ?? pick(options, ctx.variant, REPLY_PARTS.indexOf(part));
  const filled = fill(template, ctx.slots);
  filled.used.forEach((slot) => used.add(slot));
  return part === 'signOff' ? `${filled.text}\n${signer(ctx)}` : filled.text;
}

function nameFor(analysis: Analysis, language: Language): string | undefined {
  const first = analysis.entities.customerName?.first.trim();
  if (!first) return undefined;
  return language === 'uk' ? vocativeUk(first) : first;
}

function offerOf(settings: Settings, variant: number): string | undefined {
  if (!settings.offers.length) return undefined;
  return pick(settings.offers, variant, 0).replace(/[.!\s]+$/u, '');
}

export function composeReply(analysis: Analysis, replySettings: ReplySettings, options: ComposeOptions = {}): Draft {
  const given = Object.fromEntries(Object.entries(replySettings).filter(([, value]) => value !== undefined));
  const settings: Settings = { ...DEFAULT_SETTINGS, ...given };
  const language = replyLanguageOf(analysis, settings, options);
  const bank = BANKS[language];
  const requested = options.tone ?? settings.tone;
  const tone = allowedTones(analysis).includes(requested) ? requested : 'warm';
  const variant = Math.abs(Math.trunc(options.variant ?? 0)) || 0;
  const ctx: Context = {
    playbook: getPlaybook(analysis.category, analysis.flags),
    settings,
    bank,
    tone,
    variant,
    slots: {},
  };
  ctx.slots = {
    ...factSlots(analysis, bank, language),
    name: nameFor(analysis, language),
    within: withinHours(bank, settings.responseHours, language),
    offer: offerOf(settings, variant),
    channels: channels(ctx),
    agent: settings.agentName.split(/\s+/)[0],
    company: settings.companyName,
  };

  const used = new Set<string>();
  const greeting = render('greeting', ctx, used);
  const body = PARAGRAPHS.map((parts) =>
    parts
      .map((part) => render(part, ctx, used))
      .filter((text): text is string => !!text)
      .join(' '),
  ).filter(Boolean);
  const signOff = render('signOff', ctx, used);
  const text = [greeting, ...body, signOff].filter(Boolean).join('\n\n');

  return {
    language,
    text,
    checklist: checklistFor(analysis, language),
    usedFacts: [...used].flatMap((slot) => SLOT_FACTS[slot] ?? []),
    tone,
    variant,
  };
}
