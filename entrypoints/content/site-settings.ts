/**
 * The few settings the content script needs on every page, read without pulling the whole settings
 * schema (zod + migrations) into the bundle: the side panel validates settings when it writes them.
 */
export interface SiteSettings {
  enabled: boolean;
  chips: boolean;
  inline: boolean;
}

interface StoredSettingsShape {
  chips?: unknown;
  inline?: unknown;
  sites?: Record<string, { enabled?: unknown; chips?: unknown; inline?: unknown } | undefined>;
}

const flag = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);

export function siteSettingsFrom(stored: unknown, host: string): SiteSettings {
  const settings = (stored && typeof stored === 'object' ? stored : {}) as StoredSettingsShape;
  const site = settings.sites?.[host] ?? settings.sites?.[host.replace(/^www\./, '')];
  const enabled = flag(site?.enabled, true);
  return {
    enabled,
    chips: enabled && flag(site?.chips, flag(settings.chips, true)),
    inline: enabled && flag(site?.inline, flag(settings.inline, true)),
  };
}

export async function loadSiteSettings(host: string): Promise<SiteSettings> {
  try {
    const { settings } = await browser.storage.local.get('settings');
    return siteSettingsFrom(settings, host);
  } catch (error) {
    console.warn('Tactful: settings could not be read, using defaults:', error);
    return siteSettingsFrom(undefined, host);
  }
}
