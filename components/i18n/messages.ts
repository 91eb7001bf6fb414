/** The shape of the side panel's UI strings; one file per UI language implements it. */
import type { SettingsIssueCode } from '../../lib/settings/schema';
import type { Category, Flag, Tone } from '../../lib/taxonomy';
import type { Severity } from '../../lib/types';

export interface Messages {
  appName: string;
  dismiss: string;
  tabs: { reply: string; triage: string; history: string; settings: string };
  empty: { title: string; body: string; triageHint: string; openTriage: string };
  notices: {
    unreachable: string;
    noTab: string;
    insertFailed: string;
    inserted: string;
    copied: string;
    copyFailed: string;
    storedSettingsInvalid: string;
  };
  review: {
    heading: string;
    by: string;
    rating: (n: number) => string;
    site: string;
    language: string;
    signal: string;
    category: string;
    flags: string;
    addFlag: string;
    removeFlag: (name: string) => string;
    noFlags: string;
    redraftNote: string;
  };
  categories: Record<Category, string>;
  flags: Record<Flag, string>;
  flagHelp: Record<Flag, string>;
  signals: { negation: string; sarcasm: string; positive: string };
  checklist: {
    heading: string;
    phases: { before: string; reply: string; after: string };
    blocking: string;
    blockingBanner: string;
    source: string;
    empty: string;
  };
  draft: {
    heading: string;
    editorLabel: string;
    tone: string;
    tones: Record<Tone, string>;
    language: string;
    variant: string;
    insert: string;
    copy: string;
    noWarnings: string;
    summary: (errors: number, warnings: number, infos: number) => string;
    warnings: string;
    showInText: string;
    severities: Record<Severity, string>;
  };
  triage: { heading: string; refresh: string; empty: string; loading: string; open: string };
  history: { heading: string; search: string; empty: string; noMatch: string; delete: string; copy: string };
  settings: {
    heading: string;
    company: string;
    agent: string;
    signature: string;
    contacts: string;
    email: string;
    phone: string;
    dm: string;
    url: string;
    responseHours: string;
    offers: string;
    tone: string;
    replyLanguage: string;
    uiLanguage: string;
    auto: string;
    bannedPhrases: string;
    chips: string;
    inline: string;
    sites: string;
    siteHost: string;
    siteEnabled: string;
    siteChips: string;
    siteInline: string;
    addSite: string;
    removeSite: (host: string) => string;
    save: string;
    saved: string;
    hasErrors: string;
    export: string;
    import: string;
    imported: string;
    importError: (details: string) => string;
    notJson: string;
    /** Field-level validation errors, by SettingsIssue code; `limit` is the bound a length or range error names. */
    fieldErrors: Record<SettingsIssueCode, (limit: number) => string>;
  };
}
