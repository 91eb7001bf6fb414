/**
 * Which steps and reply parts each category and each flag brings (../shared/taxonomy.md). A case gets the
 * union of its category's rule and its flags' rules; a flag rule applies whether or not the category is the
 * same special case (a rude delivery review is a delivery review with the rudeness rule on top).
 */
import type { Category, Flag } from '../taxonomy';
import type { StepId } from './steps';
import type { Forbidden, ReplyPart } from './types';

export interface CaseRule {
  steps: StepId[];
  mustContain?: ReplyPart[];
  mustNotContain?: Forbidden[];
}

/** Every reply to a complaint. */
export const NEGATIVE_BASE: CaseRule = {
  steps: [
    'respond-quickly',
    'calm-first',
    'collect-facts',
    'find-cause',
    'use-name',
    'restate-problem',
    'show-understanding',
    'human-language',
    'next-step-deadline',
    'no-impossible-promises',
    'no-blame-no-fight',
    'keep-customer-posted',
  ],
  mustContain: ['greeting', 'restatement', 'empathy', 'nextStep', 'privateChannel', 'signOff'],
  mustNotContain: [
    'formal',
    'dry',
    'blame_customer',
    'blame_staff',
    'threat',
    'mockery',
    'condescension',
    'dismissive',
    'overpromise',
    'argue',
    'removal_request',
    'shouting',
    'privacy',
  ],
};

/** The company let the customer down: apologise and make up for it (seed 001). */
const companyFault: CaseRule = {
  steps: ['apologize-for-fault', 'compensate-fault'],
  mustContain: ['compensation'],
};

const legal: CaseRule = {
  steps: ['legal-consult-lawyer', 'legal-measured-reply', 'legal-no-public-details', 'regret-without-liability', 'move-to-private'],
  mustContain: ['legalPrivacy', 'privateChannel'],
  mustNotContain: ['liability', 'apology', 'compensation', 'light_tone'],
};

const rudeness: CaseRule = {
  steps: [
    'rudeness-respond-now',
    'rudeness-take-seriously',
    'rudeness-promise-investigation',
    'move-to-private',
    'rudeness-run-investigation',
    'investigate-documents',
  ],
  mustContain: ['investigation', 'privateChannel'],
  mustNotContain: ['light_tone'],
};

const loyal: CaseRule = {
  steps: ['loyal-acknowledge', 'loyal-individual-offer'],
  mustContain: ['relationship', 'compensation'],
};

export const CATEGORY_RULES: Record<Category, CaseRule> = {
  legal_threat: legal,
  staff_rudeness: rudeness,
  loyal_customer: loyal,
  delivery_problem: { steps: ['delivery-check-status', ...companyFault.steps], mustContain: companyFault.mustContain },
  billing_problem: {
    steps: ['billing-explain-price', 'brief-the-team', ...companyFault.steps],
    mustContain: companyFault.mustContain,
  },
  product_defect: companyFault,
  service_outage: { steps: ['announce-fix', ...companyFault.steps], mustContain: companyFault.mustContain },
  unresponsive_support: {
    steps: ['unresponsive-clear-answer', ...companyFault.steps],
    mustContain: companyFault.mustContain,
  },
  contract_dispute: {
    steps: [
      'contract-lead-answers',
      'contract-identify-client',
      'regret-without-liability',
      'move-to-private',
      'investigate-documents',
      'contract-evidence-only',
      'contract-offer-public-details',
    ],
    mustContain: ['privateChannel'],
    mustNotContain: ['liability', 'apology', 'light_tone'],
  },
  general_complaint: { steps: ['apologize-for-fault'] },
  not_negative: {
    steps: ['use-name', 'thank-for-feedback', 'human-language'],
    mustContain: ['greeting', 'restatement', 'empathy', 'nextStep', 'signOff'],
    mustNotContain: ['formal', 'dry', 'mockery', 'condescension', 'removal_request', 'shouting', 'privacy'],
  },
};

export const FLAG_RULES: Record<Flag, CaseRule> = {
  legal_threat: legal,
  staff_rudeness: rudeness,
  loyal_customer: loyal,
  public_escalation: {
    steps: ['escalation-one-message', 'escalation-invite-affected', 'move-to-private'],
    mustContain: ['escalation', 'privateChannel'],
    mustNotContain: ['light_tone'],
  },
  abusive_language: { steps: ['abusive-no-mirror'], mustNotContain: ['light_tone'] },
  customer_fault_possible: {
    steps: ['explain-who-can-solve'],
    mustContain: ['customerFault'],
    // The fault may not be ours: sympathy and a way out, not an apology for it or a payout.
    mustNotContain: ['apology', 'compensation'],
  },
};
