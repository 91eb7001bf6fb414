import type { Category, Flag, Language, LintClass, SeedFile } from '../taxonomy';

export type Phase = 'before' | 'reply' | 'after';

export interface PlaybookStep {
  /** Kebab-case, unique. */
  id: string;
  phase: Phase;
  /** Must be done before anything is posted. */
  blocking?: boolean;
  /** What the agent does, in every UI language. */
  text: Record<Language, string>;
  seed: SeedFile;
}

/** The parts a reply is built from (lib/compose assembles them in this order). */
export const REPLY_PARTS = [
  'greeting',
  'restatement',
  'empathy',
  'customerFault',
  'relationship',
  'investigation',
  'legalPrivacy',
  'escalation',
  'compensation',
  'nextStep',
  'privateChannel',
  'signOff',
] as const;
export type ReplyPart = (typeof REPLY_PARTS)[number];

/** How the reply says sorry: a real apology, regret without admitting liability, sympathy, or thanks. */
export type EmpathyKind = 'apology' | 'regret' | 'understanding' | 'thanks';

/** What a reply must not contain: a linter class, or a whole kind of content. */
export type Forbidden = LintClass | 'apology' | 'compensation' | 'light_tone';

export interface Playbook {
  category: Category;
  flags: Flag[];
  /** Ordered: before → reply → after. */
  steps: PlaybookStep[];
  mustContain: ReplyPart[];
  mustNotContain: Forbidden[];
  empathy: EmpathyKind;
}
