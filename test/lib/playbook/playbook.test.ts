import { describe, expect, it } from 'vitest';
import { checklistFor, getPlaybook } from '../../../lib/playbook/index';
import { CATEGORIES } from '../../../lib/taxonomy';

const ids = (category: Parameters<typeof getPlaybook>[0], flags: Parameters<typeof getPlaybook>[1] = []) =>
  getPlaybook(category, flags).steps.map((step) => step.id);

describe('getPlaybook', () => {
  it('tells the agent to see a lawyer before posting anything on a legal threat (000 §2)', () => {
    const playbook = getPlaybook('legal_threat', ['legal_threat']);
    const [first] = playbook.steps;
    expect(first).toMatchObject({ id: 'legal-consult-lawyer', phase: 'before', blocking: true });
    expect(playbook.mustContain).toEqual(expect.arrayContaining(['legalPrivacy', 'privateChannel']));
    expect(playbook.mustNotContain).toEqual(expect.arrayContaining(['liability', 'compensation', 'apology', 'light_tone']));
    expect(playbook.empathy).toBe('regret');
  });

  it('keeps the lawyer step when a legal threat is only a flag on another topic', () => {
    const playbook = getPlaybook('delivery_problem', ['legal_threat']);
    expect(playbook.steps[0]?.id).toBe('legal-consult-lawyer');
    expect(playbook.mustContain).not.toContain('compensation');
    expect(ids('delivery_problem', ['legal_threat'])).not.toContain('compensate-fault');
  });

  it('never suggests the customer may be at fault when they report a rude employee (004: не обвинять клиента)', () => {
    const rudeness = getPlaybook('staff_rudeness', ['staff_rudeness', 'customer_fault_possible']);
    expect(rudeness.mustContain).not.toContain('customerFault');
    expect(rudeness.mustNotContain).not.toContain('apology');
    expect(rudeness.empathy).toBe(getPlaybook('staff_rudeness', ['staff_rudeness']).empathy);
    expect(getPlaybook('service_outage', ['customer_fault_possible']).mustContain).toContain('customerFault');
  });

  it('promises an investigation on rudeness and really runs it afterwards (000 §1)', () => {
    const playbook = getPlaybook('staff_rudeness', ['staff_rudeness']);
    const promise = playbook.steps.find((step) => step.id === 'rudeness-promise-investigation');
    const run = playbook.steps.find((step) => step.id === 'rudeness-run-investigation');
    expect(promise?.phase).toBe('reply');
    expect(run?.phase).toBe('after');
    expect(playbook.mustContain).toEqual(expect.arrayContaining(['investigation', 'privateChannel']));
  });

  it('gives a loyal customer an acknowledgement and an individual offer (000 §3)', () => {
    const playbook = getPlaybook('loyal_customer', ['loyal_customer']);
    expect(ids('loyal_customer', ['loyal_customer'])).toEqual(expect.arrayContaining(['loyal-acknowledge', 'loyal-individual-offer']));
    expect(playbook.mustContain).toEqual(expect.arrayContaining(['relationship', 'compensation']));
  });

  it('neither apologises for nor pays out on a fault that may be the customer’s provider (001)', () => {
    const playbook = getPlaybook('service_outage', ['customer_fault_possible']);
    expect(playbook.empathy).toBe('understanding');
    expect(playbook.mustContain).toContain('customerFault');
    expect(playbook.mustContain).not.toContain('compensation');
    expect(ids('service_outage', ['customer_fault_possible'])).not.toContain('apologize-for-fault');
  });

  it('stops a public pile-on with one message and a private invitation (003)', () => {
    expect(ids('billing_problem', ['public_escalation'])).toEqual(
      expect.arrayContaining(['escalation-one-message', 'escalation-invite-affected', 'move-to-private']),
    );
    expect(getPlaybook('billing_problem', ['public_escalation']).mustNotContain).toContain('light_tone');
  });

  it('handles a contract dispute neutrally, from the lead, with documents (004)', () => {
    const playbook = getPlaybook('contract_dispute', []);
    expect(playbook.empathy).toBe('regret');
    expect(ids('contract_dispute')).toEqual(
      expect.arrayContaining(['contract-lead-answers', 'investigate-documents', 'contract-evidence-only', 'move-to-private']),
    );
    expect(playbook.mustNotContain).toContain('liability');
  });

  it('orders steps before → reply → after and lists no step twice in every case', () => {
    const rank = { before: 0, reply: 1, after: 2 };
    for (const category of CATEGORIES) {
      const steps = getPlaybook(category, ['public_escalation', 'abusive_language']).steps;
      expect(steps.length).toBeGreaterThan(2);
      expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
      expect(steps.map((s) => rank[s.phase])).toEqual([...steps.map((s) => rank[s.phase])].sort());
    }
  });

  it('does not turn praise into a complaint playbook', () => {
    expect(ids('not_negative')).toEqual(['use-name', 'human-language', 'thank-for-feedback']);
    expect(getPlaybook('not_negative', []).empathy).toBe('thanks');
    expect(getPlaybook('not_negative', ['loyal_customer']).mustContain).not.toContain('compensation');
  });
});

describe('checklistFor', () => {
  it('gives the steps in the requested language with their seed and the blocking mark', () => {
    const checklist = checklistFor({ category: 'legal_threat', flags: ['legal_threat'] }, 'bg');
    expect(checklist[0]).toEqual({
      id: 'legal-consult-lawyer',
      text: 'Преди да публикувате каквото и да е, се консултирайте с юрист.',
      seed: '000_80fc09d476383fe4.txt',
      phase: 'before',
      blocking: true,
    });
    expect(checklist.filter((item) => item.blocking)).toHaveLength(1);
  });
});
