import { describe, expect, it } from 'vitest';
import { migrateSettings } from '../../../lib/settings/migrations';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, parseSettings } from '../../../lib/settings/schema';

/** The JSON the CLI's --settings and export/import accept (the example). */
const CLI_EXAMPLE = {
  companyName: 'Northwind',
  agentName: 'Irina',
  contact: { email: 'care@northwind.example', phone: '+1 555 0100' },
  responseHours: 24,
  tone: 'warm',
};

describe('parseSettings', () => {
  it('turns an empty object into complete defaults a first-time user can draft with', () => {
    expect(parseSettings({})).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    expect(DEFAULT_SETTINGS).toMatchObject({
      version: SETTINGS_VERSION,
      tone: 'warm',
      responseHours: 24,
      replyLanguage: 'auto',
      uiLanguage: 'auto',
      chips: true,
      inline: true,
      offers: [],
      contact: {},
    });
  });

  it('accepts the CLI example and keeps every value', () => {
    const parsed = parseSettings(CLI_EXAMPLE);
    expect(parsed.ok && parsed.settings).toMatchObject(CLI_EXAMPLE);
  });

  it('reads the side panel keys', () => {
    const parsed = parseSettings({
      offers: ['скидка 10% на следующий заказ'],
      replyLanguage: 'uk',
      phraseOverrides: { delivery_problem: { opening: 'Привіт, {name}!' } },
      bannedPhrases: [{ phrase: 'к сожалению', replacement: 'жаль' }],
      sites: { 'www.trustpilot.com': { chips: false } },
    });
    expect(parsed.ok).toBe(true);
  });

  it('names every bad field with a reason', () => {
    const parsed = parseSettings({
      contact: { email: 'care at northwind' },
      responseHours: 'tomorrow',
      tone: 'sarcastic',
      phraseOverrides: { refund: { opening: 'Hi' } },
      tonne: 'warm',
    });
    expect(parsed.ok).toBe(false);
    const paths = parsed.ok ? [] : parsed.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['contact.email', 'responseHours', 'tone', 'tonne']));
    expect(paths.some((path) => path.startsWith('phraseOverrides'))).toBe(true);
    if (!parsed.ok) expect(parsed.errors.find((e) => e.path === 'tonne')?.message).toBe('unknown setting');
  });

  it('rejects a response-time promise that is not a whole number of hours', () => {
    expect(parseSettings({ responseHours: 1.5 }).ok).toBe(false);
    expect(parseSettings({ responseHours: 0 }).ok).toBe(false);
  });
});

describe('migrations', () => {
  it('upgrades unversioned (v0) CLI settings to the current version', () => {
    const migrated = migrateSettings(CLI_EXAMPLE);
    expect(migrated).toEqual({ ...CLI_EXAMPLE, version: SETTINGS_VERSION });
    expect(parseSettings(migrated).ok).toBe(true);
  });

  it('leaves invalid fields in place so parseSettings reports them', () => {
    const parsed = parseSettings(migrateSettings({ tone: 'loud' }));
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.path)).toEqual(['tone']);
  });

  it('gives each field error a code the UI words in its own language', () => {
    const parsed = parseSettings({
      agentName: 'x'.repeat(61),
      contact: { email: 'care(at)northwind', phone: 'call us' },
      responseHours: 2.5,
      tone: 'loud',
      offers: [''],
      colour: 'green',
    });
    expect(parsed.ok ? [] : parsed.errors.map(({ path, code, limit }) => ({ path, code, limit }))).toEqual([
      { path: 'agentName', code: 'tooLong', limit: 60 },
      { path: 'contact.email', code: 'email', limit: undefined },
      { path: 'contact.phone', code: 'phone', limit: undefined },
      { path: 'responseHours', code: 'whole', limit: undefined },
      { path: 'offers.0', code: 'empty', limit: undefined },
      { path: 'tone', code: 'choice', limit: undefined },
      { path: 'colour', code: 'unknown', limit: undefined },
    ]);
  });
});

