/**
 * Stored and imported settings may come from an older version. Versions:
 *  - v0: unversioned JSON with the CLI keys ({"companyName", "agentName", "contact", "responseHours", "tone"}).
 *  - v1: SettingsSchema (SETTINGS_VERSION).
 */
import { SETTINGS_VERSION } from './schema';

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
