/** UI strings of the side panel in en, ru, uk, bg; the language follows the browser unless settings pick one. */
import type { Language } from '../../lib/taxonomy';
import { bg } from './bg';
import { en } from './en';
import type { Messages } from './messages';
import { ru } from './ru';
import { uk } from './uk';

export type { Messages } from './messages';

export const MESSAGES: Record<Language, Messages> = { en, ru, uk, bg };

/** Endonyms: a language is listed in its own name whatever the UI language. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  ru: 'Русский',
  uk: 'Українська',
  bg: 'Български',
};
