/**
 * Every piece of extension storage Tactful uses, declared once. The background writes the current review;
 * the side panel reads it and keeps settings, history and unsent drafts. Readers validate with zod so a
 * corrupted or old value is reported instead of crashing the panel.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { CATEGORIES, FLAGS, TONES } from '../taxonomy';
import { CurrentReviewSchema, type CurrentReview } from '../messaging/protocol';
import { DEFAULT_SETTINGS, parseSettings, type Settings, type SettingsIssue } from './schema';
import { migrateSettings } from './migrations';

/** Storage keys (also the names a person sees in chrome://extensions storage inspectors). */
export const STORAGE_KEYS = {
  settings: 'local:settings',
  history: 'local:history',
  drafts: 'local:drafts',
  // Local, not session: the panel reopened after a browser restart still shows the review being answered.
  currentReview: 'local:currentReview',
} as const;

export const HISTORY_LIMIT = 100;
/** Unsent drafts kept; the oldest go first. */
export const DRAFTS_LIMIT = 200;

export const HistoryEntrySchema = z.object({
  id: z.string(),
  reviewExcerpt: z.string(),
  category: z.enum(CATEGORIES),
  text: z.string(),
  site: z.string().optional(),
  createdAt: z.number(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** What the agent did to a review's draft: the text, and the choices that produced it. */
export const SavedDraftSchema = z.object({
  text: z.string(),
  tone: z.enum(TONES).optional(),
  variant: z.number().int().min(0).optional(),
  /** The agent's override of the detected category / flags. */
  category: z.enum(CATEGORIES).optional(),
  flags: z.array(z.enum(FLAGS)).optional(),
  /** Checklist item ids the agent ticked. */
  checked: z.array(z.string()).optional(),
  updatedAt: z.number(),
});
export type SavedDraft = z.infer<typeof SavedDraftSchema>;

export const currentReviewItem = storage.defineItem<CurrentReview | null>(STORAGE_KEYS.currentReview, {
  fallback: null,
});

/** Raw settings as stored (may be an older version); read them through loadSettings(). */
export const settingsItem = storage.defineItem<unknown>(STORAGE_KEYS.settings, { fallback: DEFAULT_SETTINGS });

export const historyItem = storage.defineItem<HistoryEntry[]>(STORAGE_KEYS.history, { fallback: [] });

export const draftsItem = storage.defineItem<Record<string, SavedDraft>>(STORAGE_KEYS.drafts, { fallback: {} });

export type LoadedSettings =
  | { ok: true; settings: Settings }
  | { ok: false; settings: Settings; errors: SettingsIssue[] };

/**
 * Stored settings, migrated to the current version and validated. Invalid stored settings are not
 * overwritten: the caller gets defaults to work with plus the errors to show.
 */
export async function loadSettings(): Promise<LoadedSettings> {
  const parsed = parseSettings(migrateSettings(await settingsItem.getValue()));
  return parsed.ok ? parsed : { ok: false, settings: DEFAULT_SETTINGS, errors: parsed.errors };
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

export async function loadCurrentReview(): Promise<CurrentReview | null> {
  const stored: unknown = await currentReviewItem.getValue();
  if (stored === null) return null;
  const parsed = CurrentReviewSchema.safeParse(stored);
  if (!parsed.success) {
    console.warn('Tactful: the stored current review is invalid', parsed.error.issues);
    return null;
  }
  return parsed.data;
}

export async function loadHistory(): Promise<HistoryEntry[]> {
  const raw: unknown = await historyItem.getValue();
  if (!Array.isArray(raw)) return [];
  const valid = raw.flatMap((entry) => HistoryEntrySchema.safeParse(entry).data ?? []);
  if (valid.length !== raw.length) console.warn(`Tactful: ${raw.length - valid.length} invalid history entries skipped`);
  return valid;
}

/** Newest first, at most HISTORY_LIMIT. */
export async function addHistoryEntry(entry: HistoryEntry): Promise<HistoryEntry[]> {
  const next = [entry, ...(await loadHistory()).filter((e) => e.id !== entry.id)].slice(0, HISTORY_LIMIT);
  await historyItem.setValue(next);
  return next;
}

export async function deleteHistoryEntry(id: string): Promise<HistoryEntry[]> {
  const next = (await loadHistory()).filter((e) => e.id !== id);
  await historyItem.setValue(next);
  return next;
}

export async function loadDraft(key: string): Promise<SavedDraft | undefined> {
  const drafts = await draftsItem.getValue();
  return SavedDraftSchema.safeParse(drafts[key]).data;
}

export async function saveDraft(key: string, draft: SavedDraft): Promise<void> {
  const drafts = { ...(await draftsItem.getValue()), [key]: draft };
  const keys = Object.keys(drafts);
  if (keys.length > DRAFTS_LIMIT) {
    keys
      .sort((a, b) => (drafts[a]?.updatedAt ?? 0) - (drafts[b]?.updatedAt ?? 0))
      .slice(0, keys.length - DRAFTS_LIMIT)
      .forEach((k) => delete drafts[k]);
  }
  await draftsItem.setValue(drafts);
}
