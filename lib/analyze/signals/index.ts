/** Signals per language, each compiled once into the shared phrase matcher on first use. */
import type { DetectedLanguage, Language } from '../../taxonomy';
import { compileMatcher, type Matcher } from '../../text';
import type { LanguageSignals, Signal } from '../signal';
import bg from './bg';
import en from './en';
import ru from './ru';
import uk from './uk';

export const SIGNALS: Record<Language, LanguageSignals> = { ru, uk, bg, en };

export interface CompiledSignals extends LanguageSignals {
  matcher: Matcher;
  byId: Map<string, Signal>;
}

const compiled = new Map<Language, CompiledSignals>();

/** Languages other than the four use the English lexicon. */
export function signalsFor(language: DetectedLanguage): CompiledSignals {
  const lang: Language = language === 'other' ? 'en' : language;
  let c = compiled.get(lang);
  if (!c) {
    const set = SIGNALS[lang];
    c = {
      ...set,
      matcher: compileMatcher(lang, set.signals.map((s) => ({ id: s.id, pattern: s.pattern }))),
      byId: new Map(set.signals.map((s) => [s.id, s])),
    };
    compiled.set(lang, c);
  }
  return c;
}
