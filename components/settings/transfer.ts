/** Settings as a JSON file: export for backup or another browser, import with full validation. */
import { migrateSettings } from '../../lib/settings/migrations';
import { parseSettings, type Settings, type SettingsIssue } from '../../lib/settings/schema';

export type ImportResult =
  | { ok: true; settings: Settings }
  | { ok: false; reason: 'not-json' }
  | { ok: false; reason: 'invalid'; issues: SettingsIssue[] };

/** Parses an exported file (any older version); nothing is saved here, so a bad file changes nothing. */
export function parseSettingsFile(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const parsed = parseSettings(migrateSettings(json));
  return parsed.ok ? parsed : { ok: false, reason: 'invalid', issues: parsed.errors };
}

/** The text of a chosen file (FileReader: Blob.text() is missing in some environments, jsdom among them). */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}

export function downloadSettings(settings: Settings, doc: Document = document): void {
  const blob = new Blob([JSON.stringify(settings, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = 'tactful-settings.json';
  link.click();
  URL.revokeObjectURL(url);
}
