/** The few words of the in-page UI, in every UI language (the side panel's catalogue is too big to ship here). */
import type { Language } from '../../lib/taxonomy';

export interface InlineStrings {
  /** Accessible name of the badge. */
  badge(count: number): string;
  open: string;
  menu: string;
  disableSite: string;
  fixesLabel: string;
  tooltipLabel: string;
}

const plural = (language: Language, count: number, forms: [one: string, few: string, many: string]) => {
  const rule = new Intl.PluralRules(language).select(count);
  return rule === 'one' ? forms[0] : rule === 'few' ? forms[1] : forms[2];
};

export const INLINE_STRINGS: Record<Language, InlineStrings> = {
  en: {
    badge: (n) => `Tactful: ${n} ${plural('en', n, ['warning', 'warnings', 'warnings'])}. Open in the side panel`,
    open: 'Open in Tactful',
    menu: 'Tactful options',
    disableSite: 'Turn off on this site',
    fixesLabel: 'Fixes',
    tooltipLabel: 'Tactful warning',
  },
  ru: {
    badge: (n) => `Tactful: ${n} ${plural('ru', n, ['замечание', 'замечания', 'замечаний'])}. Открыть в боковой панели`,
    open: 'Открыть в Tactful',
    menu: 'Настройки Tactful',
    disableSite: 'Выключить на этом сайте',
    fixesLabel: 'Исправления',
    tooltipLabel: 'Замечание Tactful',
  },
  uk: {
    badge: (n) => `Tactful: ${n} ${plural('uk', n, ['зауваження', 'зауваження', 'зауважень'])}. Відкрити в бічній панелі`,
    open: 'Відкрити в Tactful',
    menu: 'Налаштування Tactful',
    disableSite: 'Вимкнути на цьому сайті',
    fixesLabel: 'Виправлення',
    tooltipLabel: 'Зауваження Tactful',
  },
  bg: {
    badge: (n) => `Tactful: ${n} ${plural('bg', n, ['забележка', 'забележки', 'забележки'])}. Отвори в страничния панел`,
    open: 'Отвори в Tactful',
    menu: 'Настройки на Tactful',
    disableSite: 'Изключи за този сайт',
    fixesLabel: 'Поправки',
    tooltipLabel: 'Забележка от Tactful',
  },
};
