/** The text pipeline shared by the classifier and the linter: normalize → language → segment → stem → match. */
export { normalizeText, normalizeWord } from './normalize';
export { detectLanguage } from './language';
export type { DetectedLanguage } from '../taxonomy';
export { sentences } from './segment';
export { stem } from './stem';
export { FormSlots, tokenize, type Token } from './tokenize';
export { isTypedInLatin, tokenizeTransliterated } from './translit';
export { compileMatcher, type Matcher, type PhraseMatch } from './matcher';
export { PatternError } from './pattern';
