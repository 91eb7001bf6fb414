/**
 * The settings a person can change, as one zod schema. The same schema reads stored settings, the CLI's
 * --settings file and an imported file: every key is optional and has a default, so `{}` is a complete,
 * working configuration and a first-time user gets a good draft without filling anything in.
 */
import { z } from 'zod';
import { CATEGORIES, LANGUAGES, TONES } from '../taxonomy';

export const SETTINGS_VERSION = 1;

const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`);

const ContactSchema = z.strictObject({
  email: z.email('not an e-mail address').optional(),
  phone: text(40)
    .regex(/^\+?[\d\s().-]{5,}$/, 'not a phone number (digits, spaces, + ( ) - only)')
    .optional(),
  /** Free text that tells people how to reach us privately, e.g. "a direct message to @northwind". */
  dm: text(120).min(1).optional(),
  url: z.url('not a URL').optional(),
});

/** Texts used instead of the phrase bank's for one category; may contain {name}, {agent}, {company}. */
const PhraseOverrideSchema = z.strictObject({
  opening: text(300).min(1).optional(),
  closing: text(300).min(1).optional(),
});

const SiteSettingsSchema = z.strictObject({
  enabled: z.boolean().optional(),
  chips: z.boolean().optional(),
  inline: z.boolean().optional(),
});

const LanguageChoice = z.enum(['auto', ...LANGUAGES]);

export const SettingsSchema = z.strictObject({
  version: z.number().int().min(0).default(SETTINGS_VERSION),
  companyName: text(80).default(''),
  agentName: text(60).default(''),
  /** A signature line used instead of "agent, company", e.g. "Irina Petrova, Head of Care". */
  signature: text(200).default(''),
  contact: ContactSchema.default({}),
  /** The response-time promise: "we'll get back to you within N hours". */
  responseHours: z.number().int('a whole number of hours').min(1).max(720).default(24),
  /** Compensation offers in the user's own words ("a 10% discount on your next order"). */
  offers: z.array(text(200).min(1, 'an offer cannot be empty')).max(20).default([]),
  tone: z.enum(TONES).default('warm'),
  replyLanguage: LanguageChoice.default('auto'),
  uiLanguage: LanguageChoice.default('auto'),
  phraseOverrides: z.partialRecord(z.enum(CATEGORIES), PhraseOverrideSchema).default({}),
  bannedPhrases: z
    .array(z.strictObject({ phrase: text(200).min(1, 'a banned phrase cannot be empty'), replacement: text(200).optional() }))
    .default([]),
  chips: z.boolean().default(true),
  inline: z.boolean().default(true),
  /** Per host ("www.trustpilot.com"). */
  sites: z.record(z.string().min(1), SiteSettingsSchema).default({}),
});

export type Settings = z.output<typeof SettingsSchema>;
/** The JSON form: every key optional. */
export type SettingsInput = z.input<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** What is wrong with a field, as a stable code the UI words in its own language (the message is English). */
export type SettingsIssueCode =
  | 'unknown'
  | 'tooLong'
  | 'tooMany'
  | 'empty'
  | 'range'
  | 'whole'
  | 'email'
  | 'url'
  | 'phone'
  | 'choice'
  | 'type';

export interface SettingsIssue {
  /** Dotted path of the field ("contact.email", "offers.2"). */
  path: string;
  message: string;
  code: SettingsIssueCode;
  /** The limit a tooLong / tooMany / range issue refers to. */
  limit?: number;
}

function codeOf(issue: z.core.$ZodIssue): { code: SettingsIssueCode; limit?: number } {
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return { code: 'tooLong', limit: Number(issue.maximum) };
      if (issue.origin === 'array') return { code: 'tooMany', limit: Number(issue.maximum) };
      return { code: 'range', limit: Number(issue.maximum) };
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array' ? { code: 'empty' } : { code: 'range', limit: Number(issue.minimum) };
    case 'invalid_format':
      if (issue.format === 'email') return { code: 'email' };
      if (issue.format === 'url') return { code: 'url' };
      return { code: 'phone' };
    case 'invalid_type':
      return { code: issue.expected === 'int' ? 'whole' : 'type' };
    case 'invalid_value':
      return { code: 'choice' };
    default:
      return { code: 'type' };
  }
}

export function describeIssues(error: z.ZodError): SettingsIssue[] {
  return error.issues.flatMap((issue): SettingsIssue[] => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: base ? `${base}.${key}` : key, message: 'unknown setting', code: 'unknown' }));
    }
    return [{ path: base || '(settings)', message: issue.message, ...codeOf(issue) }];
  });
}

export function parseSettings(
  json: unknown,
): { ok: true; settings: Settings } | { ok: false; errors: SettingsIssue[] } {
  const parsed = SettingsSchema.safeParse(json);
  return parsed.success ? { ok: true, settings: parsed.data } : { ok: false, errors: describeIssues(parsed.error) };
}
