/**
 * Stored and imported settings may come from an older version. Versions:
 *  - v0: unversioned JSON with the CLI keys ({"companyName", "agentName", "contact", "responseHours", "tone"}).
 *  - v1: SettingsSchema (SETTINGS_VERSION).
 */
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema, describeIssues, type Settings, type SettingsIssue } from './schema';

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Step n turns version n into version n + 1. */
const STEPS: ((raw: Raw) => Raw)[] = [(v0) => ({ ...v0, version: 1 })];

/**
 * Upgrades raw settings to the current version's shape without validating them, so that parseSettings()
 * afterwards reports every invalid field by name. Anything that is not an object is returned as is
 * (and parseSettings() rejects it).
 */
export function migrateSettings(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  let current = raw;
  let version = typeof raw.version === 'number' ? raw.version : 0;
  while (version < SETTINGS_VERSION) {
    const step = STEPS[version];
    if (!step) break;
    current = step(current);
    version++;
  }
  return current;
}

/**
 * Migrates and validates field by field, for import: valid fields are kept, each invalid field falls back to
 * its default and is reported in `warnings` (never dropped silently).
 */
export function migrateSettingsWithWarnings(raw: unknown): { settings: Settings; warnings: SettingsIssue[] } {
  const migrated = migrateSettings(raw);
  if (!isRecord(migrated)) {
    return { settings: DEFAULT_SETTINGS, warnings: [{ path: '(settings)', message: 'not a JSON object' }] };
  }
  const warnings: SettingsIssue[] = [];
  if (typeof migrated.version === 'number' && migrated.version > SETTINGS_VERSION) {
    warnings.push({ path: 'version', message: `made by a newer version (${migrated.version}); read as ${SETTINGS_VERSION}` });
  }
  const kept: Raw = { version: SETTINGS_VERSION };
  for (const [key, value] of Object.entries(migrated)) {
    if (key === 'version') continue;
    const field = SettingsSchema.safeParse({ [key]: value });
    if (field.success) kept[key] = value;
    else warnings.push(...describeIssues(field.error));
  }
  return { settings: SettingsSchema.parse(kept), warnings };
}
