import type { Language } from '../../taxonomy';
import { signals as bg } from './bg';
import { signals as en } from './en';
import { signals as ru } from './ru';
import type { SignalLexicon } from './types';
import { signals as uk } from './uk';

export { SIGNAL_KINDS, type SignalKind, type SignalLexicon } from './types';

export const signalsByLanguage: Record<Language, SignalLexicon> = { ru, uk, bg, en };
