/**
 * English phrasing families that real reviews use (banks, payment apps, restaurants, car-care products),
 * written for this test rather than copied from the corpus. They pin the English lexicon's own verdict
 * (lib/analyze/classify.ts on the signal hits), which is what lib/analyze/signals/en.ts decides: the flags
 * shown to the agent and the category the lexicon hands to the category model.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/analyze/classify';
import { findHits } from '../../../lib/analyze/hits';
import { signalsFor } from '../../../lib/analyze/signals';
import type { Category, Flag } from '../../../lib/taxonomy';
import { tokenize } from '../../../lib/text';

function lexiconVerdict(text: string, rating: number | undefined) {
  const set = signalsFor('en');
  return classify(findHits(tokenize(text, 'en'), set), rating);
}

const CATEGORIES: [text: string, rating: number | undefined, category: Category][] = [
  // An app or service that does not work is an outage, not a broken product.
  ['The app is not working since last Tuesday, please fix it.', 1, 'service_outage'],
  ['My transactions keep going to pending every evening.', 1, 'service_outage'],
  ['It keeps showing "something went wrong, try again later" when I try to link my bank account.', 1, 'service_outage'],
  ['OTP is not coming even after three tries, cannot verify my number.', 1, 'service_outage'],
  // ...but a failed payment that took the money is billing.
  ['Payment failed but the amount was debited from my account and still not refunded.', 1, 'billing_problem'],
  ['The cashback offer was never credited although the terms were met.', 2, 'billing_problem'],
  ['I was promised a refund of my deposit a month ago and I am still waiting for the money.', 1, 'billing_problem'],
  // A device in a room that does not work is a defect of the room.
  ['The air conditioning in our room was not working for three nights.', 2, 'product_defect'],
  ['Lamb was not tender and the paella came out greasy, we sent it back twice.', 2, 'product_defect'],
  // Nobody to talk to.
  ['Impossible to get through to customer service, I was on the phone for an hour with nobody picking up.', 1, 'unresponsive_support'],
  ['There is no customer care number at all, only a bot that goes in circles.', 1, 'unresponsive_support'],
];

const FLAGS: [text: string, rating: number | undefined, flag: Flag, expected: boolean][] = [
  // Loyalty: years as a customer, regular visits, a past of good experiences.
  ['I have been a customer of this bank for 12 years and now they charge me for a card that was free.', 1, 'loyal_customer', true],
  ['We come here most Fridays and have always been happy, but tonight the cocktails were half measures.', 2, 'loyal_customer', true],
  ['Leaving after 15 years. Nobody answers the phone anymore.', 1, 'loyal_customer', true],
  ['The warranty is only valid for 2 years and they refused my claim.', 1, 'loyal_customer', false],
  ['It takes a long time to get anything done at this branch.', 1, 'loyal_customer', false],
  // Staff rudeness needs an employee behaving badly, not "I swear" or a company's attitude in general.
  ['The manager had a really arrogant attitude and told me to find another bank.', 1, 'staff_rudeness', true],
  ['I swear I have called them ten times and nothing happens.', 1, 'staff_rudeness', false],
  // A bare warning to other readers is no public escalation; a post on social media is.
  ['Terrible service. Avoid this bank at all costs!', 1, 'public_escalation', false],
  ['Posted the whole story on Facebook and in our neighbourhood group, beware of this company.', 1, 'public_escalation', true],
  // Abuse is an insult, not a harsh word about the service.
  ['Pathetic service, two weeks and still no refund.', 1, 'abusive_language', false],
  ['You are a bunch of thieves and liars.', 1, 'abusive_language', true],
  // A third party or the customer's own mistake may be behind the problem.
  ['Someone hacked my account and made a fraudulent transaction, and the bank refuses to help.', 1, 'customer_fault_possible', true],
  ['I sent the transfer to the wrong account by mistake and they will not reverse it.', 1, 'customer_fault_possible', true],
];

describe('English lexicon on real-review wording', () => {
  it.each(CATEGORIES)('%s → %s', (text, rating, category) => {
    expect(lexiconVerdict(text, rating).category).toBe(category);
  });

  it.each(FLAGS)('%s → %s %s', (text, rating, flag, expected) => {
    expect(lexiconVerdict(text, rating).flags.includes(flag)).toBe(expected);
  });
});
