/**
 * The settings form's own shape (strings and rows as a person edits them) and the way between it and
 * Settings. Validation stays with the schema (lib/settings/schema.ts): fromForm builds a candidate, the
 * schema judges it, and fieldOf maps each error back to the field that shows it.
 */
import type { Settings, SettingsIssue } from '../../lib/settings/schema';
import type { Tone } from '../../lib/taxonomy';
import type { Messages } from '../i18n';

export interface SiteRow {
  host: string;
  enabled: boolean;
  chips: boolean;
  inline: boolean;
}

export interface SettingsForm {
  companyName: string;
  agentName: string;
  signature: string;
  email: string;
  phone: string;
  dm: string;
  url: string;
  responseHours: string;
  offers: string;
  tone: Tone;
  replyLanguage: string;
  uiLanguage: string;
  bannedPhrases: string;
  chips: boolean;
  inline: boolean;
  sites: SiteRow[];
}

export type FieldName = keyof SettingsForm;

const CONTACT_FIELDS = ['email', 'phone', 'dm', 'url'] as const;
const PHRASE_ARROW = '=>';

export function toForm(settings: Settings): SettingsForm {
  return {
    companyName: settings.companyName ?? '',
    agentName: settings.agentName ?? '',
    signature: settings.signature ?? '',
    email: settings.contact?.email ?? '',
    phone: settings.contact?.phone ?? '',
    dm: settings.contact?.dm ?? '',
    url: settings.contact?.url ?? '',
    responseHours: settings.responseHours === undefined ? '' : String(settings.responseHours),
    offers: (settings.offers ?? []).join('\n'),
    tone: settings.tone,
    replyLanguage: settings.replyLanguage,
    uiLanguage: settings.uiLanguage,
    bannedPhrases: (settings.bannedPhrases ?? [])
      .map(({ phrase, replacement }) => (replacement ? `${phrase} ${PHRASE_ARROW} ${replacement}` : phrase))
      .join('\n'),
    chips: settings.chips,
    inline: settings.inline,
    sites: Object.entries(settings.sites ?? {}).map(([host, site]) => ({
      host,
      enabled: site.enabled ?? true,
      chips: site.chips ?? settings.chips,
      inline: site.inline ?? settings.inline,
    })),
  };
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A candidate for the schema; fields the form does not edit (version, phrase overrides) come from base. */
export function fromForm(form: SettingsForm, base: Settings): unknown {
  const contact = Object.fromEntries(
    CONTACT_FIELDS.flatMap((field) => (form[field].trim() ? [[field, form[field].trim()]] : [])),
  );
  const hours = form.responseHours.trim();
  return {
    ...base,
    companyName: form.companyName.trim(),
    agentName: form.agentName.trim(),
    signature: form.signature.trim(),
    contact,
    // Not a number stays a string, so the schema names the field instead of us guessing.
    responseHours: hours === '' ? undefined : Number.isFinite(Number(hours)) ? Number(hours) : hours,
    offers: lines(form.offers),
    tone: form.tone,
    replyLanguage: form.replyLanguage,
    uiLanguage: form.uiLanguage,
    bannedPhrases: lines(form.bannedPhrases).map((line) => {
      const [phrase = '', replacement] = line.split(PHRASE_ARROW).map((part) => part.trim());
      return replacement ? { phrase, replacement } : { phrase };
    }),
    chips: form.chips,
    inline: form.inline,
    sites: Object.fromEntries(
      form.sites
        .filter((row) => row.host.trim())
        .map((row) => [row.host.trim(), { enabled: row.enabled, chips: row.chips, inline: row.inline }]),
    ),
  };
}

/** The form field that shows a schema error at this path ("contact.email" → email, "offers.2" → offers). */
export function fieldOf(path: string): FieldName | undefined {
  const [head, next] = path.split('.');
  if (head === 'contact') return CONTACT_FIELDS.find((field) => field === next);
  const fields: FieldName[] = [
    'companyName', 'agentName', 'signature', 'responseHours', 'offers', 'tone', 'replyLanguage',
    'uiLanguage', 'bannedPhrases', 'chips', 'inline', 'sites',
  ];
  return fields.find((field) => field === head);
}

/** An error about a field the form does not show (or in an imported file), in the UI language. */
export function describeIssue(t: Messages, issue: SettingsIssue): string {
  return `${issue.path}: ${t.settings.fieldErrors[issue.code](issue.limit ?? 0)}`;
}
