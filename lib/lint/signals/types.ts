/**
 * Phrases whose presence the structure checks look for (seeds 000, 001, 002): an apology or empathy,
 * a next step, a private channel, thanks for the review; and a way round a limit that we offer ("но подготовить
 * вас лучше в наших силах"), which turns a "we cannot change that" into an honest answer. Same pattern syntax as the rules.
 */
export const SIGNAL_KINDS = ['empathy', 'nextStep', 'privateChannel', 'thanksForReview', 'wayRound'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];
export type SignalLexicon = Record<SignalKind, string[]>;
