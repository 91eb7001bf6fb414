/** Phrase-bank hygiene: each bank is valid data, every phrasing uses only the slots its part can fill. */
import { describe, expect, it } from 'vitest';
import { BankSchema, type Bank } from '../../../lib/compose/bank';
import { BANKS } from '../../../lib/compose/banks/index';
import { slotsOf } from '../../../lib/compose/template';
import { LANGUAGES } from '../../../lib/taxonomy';

/** Every string of a bank subtree. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The slots each part may use; anything else would be left unfilled. */
const ALLOWED: { part: (bank: Bank) => unknown; slots: string[] }[] = [
  { part: (b) => b.greeting.named, slots: ['name'] },
  { part: (b) => b.greeting.unnamed, slots: [] },
  { part: (b) => b.restatement, slots: ['staff', 'duration', 'attempts'] },
  { part: (b) => b.empathy, slots: [] },
  { part: (b) => [b.customerFault, b.relationship, b.investigation, b.legalPrivacy, b.escalation], slots: [] },
  { part: (b) => b.compensation.offer, slots: ['offer'] },
  { part: (b) => b.compensation.generic, slots: [] },
  { part: (b) => b.nextStep, slots: ['within'] },
  { part: (b) => [b.privateChannel.complaint.withContacts, b.privateChannel.thanks.withContacts], slots: ['channels'] },
  { part: (b) => [b.privateChannel.complaint.withoutContacts, b.privateChannel.thanks.withoutContacts], slots: [] },
  { part: (b) => b.signOff, slots: [] },
];

describe.each(LANGUAGES)('phrase bank %s', (language) => {
  const bank = BANKS[language];

  it('is valid against the bank schema', () => {
    expect(BankSchema.safeParse(bank).error?.issues ?? []).toEqual([]);
  });

  it('uses only the slots each part can fill', () => {
    for (const { part, slots } of ALLOWED) {
      for (const text of strings(part(bank))) {
        expect(slotsOf(text).filter((slot) => !slots.includes(slot)), text).toEqual([]);
      }
    }
  });

  it('uses the named slot in every named greeting and the offer in every offer frame', () => {
    for (const text of strings(bank.greeting.named)) expect(text).toContain('{name}');
    for (const text of strings(bank.compensation.offer)) expect(text).toContain('{offer}');
    for (const text of strings(bank.privateChannel.complaint.withContacts)) expect(text).toContain('{channels}');
  });

  it('puts a slot in every optional [segment] and balances the brackets', () => {
    for (const text of strings(bank)) {
      expect(text.split('[').length, text).toBe(text.split(']').length);
      for (const [, segment] of text.matchAll(/\[([^\]]*)\]/g)) expect(slotsOf(segment ?? ''), text).not.toEqual([]);
    }
  });

  it('has three different phrasings of every part', () => {
    const lists: string[][] = [];
    const collect = (value: unknown) => {
      if (Array.isArray(value)) lists.push(value as string[]);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect({ ...bank, signer: undefined, within: undefined, attempts: undefined, channel: undefined, staff: undefined });
    for (const list of lists) expect(new Set(list).size, list.join(' | ')).toBeGreaterThanOrEqual(3);
  });

  it('shouts nowhere and keeps no double spaces', () => {
    for (const text of strings(bank)) {
      expect(text, text).not.toMatch(/!!|\s{2}|\p{Lu}{4,}/u);
    }
  });
});
