/**
 * The shape of a phrase bank (lib/compose/banks/<language>.ts): every part of a reply in at least three
 * phrasings, per tone where the tone changes the words. Written by speakers of the language, not translated.
 *
 * Template syntax: {slot} is filled from the facts; a [bracketed segment] is dropped whole when a slot inside
 * it has no value, so one template serves with and without the fact.
 */
import { z } from 'zod';
import { CATEGORIES } from '../taxonomy';

/** Staff roles the analyzer extracts; a bank says each one with its preposition ("с курьером"). */
export const STAFF_ROLES = [
  'courier',
  'manager',
  'operator',
  'waiter',
  'administrator',
  'driver',
  'consultant',
  'cashier',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const Variants = z.array(z.string().min(1)).min(3);
/** Light may be absent for parts that are never light (regret to a legal threat): warm is used. */
const ByTone = z.object({ warm: Variants, neutral: Variants, light: Variants.optional() });
/** Forms by Intl.PluralRules category; `other` is the fallback. */
const Plural = z.object({
  one: z.string(),
  few: z.string().optional(),
  many: z.string().optional(),
  other: z.string(),
});
const Channels = z.object({ withContacts: Variants, withoutContacts: Variants });

export const BankSchema = z.strictObject({
  greeting: z.strictObject({ named: ByTone.required(), unnamed: ByTone.required() }),
  restatement: z.record(z.enum(CATEGORIES), Variants),
  empathy: z.strictObject({ apology: ByTone, regret: ByTone, understanding: ByTone, thanks: ByTone }),
  customerFault: Variants,
  relationship: Variants,
  investigation: Variants,
  legalPrivacy: Variants,
  escalation: Variants,
  compensation: z.strictObject({ offer: Variants, generic: Variants }),
  /** {within}: the response-time promise. */
  nextStep: z.strictObject({ complaint: ByTone.required(), thanks: ByTone.required() }),
  /** {channels}: the company's private contacts. */
  privateChannel: z.strictObject({ complaint: Channels, thanks: Channels }),
  signOff: ByTone.required(),
  signer: z.strictObject({ both: z.string(), agentOnly: z.string(), companyOnly: z.string(), none: z.string() }),
  /** "в течение {n} часов"; `day` is used for 24 hours when present. */
  within: Plural.extend({ day: z.string().optional() }),
  /** "{n} раз". */
  attempts: Plural,
  channel: z.strictObject({ email: z.string(), phone: z.string(), dm: z.string(), url: z.string(), or: z.string() }),
  staff: z.record(z.enum(STAFF_ROLES), z.strictObject({ male: z.string(), female: z.string().optional() })),
});

export type Bank = z.infer<typeof BankSchema>;
export type ToneVariants = z.infer<typeof ByTone>;
