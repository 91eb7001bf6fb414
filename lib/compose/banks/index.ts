import type { Language } from '../../taxonomy';
import type { Bank } from '../bank';
import { bg } from './bg';
import { en } from './en';
import { ru } from './ru';
import { uk } from './uk';

export const BANKS: Record<Language, Bank> = { ru, uk, bg, en };
