/** Renders the whole side panel over fakeBrowser storage, as the browser would open it. */
import { render, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanel } from '../../components/panel/SidePanel';
import type { CurrentReview } from '../../lib/messaging/protocol';
import { SettingsSchema, type SettingsInput } from '../../lib/settings/schema';
import { currentReviewItem, settingsItem } from '../../lib/settings/storage';
import { createPanelStore } from '../../lib/store/panel';

export interface PanelSetup {
  review?: Omit<CurrentReview, 'openedAt'>;
  settings?: SettingsInput;
  /** navigator.languages of the simulated browser. */
  languages?: string[];
}

export async function renderPanel({ review, settings, languages = ['en-US'] }: PanelSetup = {}) {
  if (settings) await settingsItem.setValue(SettingsSchema.parse(settings));
  if (review) await currentReviewItem.setValue({ ...review, openedAt: Date.now() });
  const store = createPanelStore(languages);
  const view = render(<SidePanel store={store} />);
  await waitFor(() => expect(store.getState().ready).toBe(true));
  return { ...view, store };
}

/** A page tab the review came from; returns its id. */
export async function openPageTab(url = 'https://www.trustpilot.com/review/northwind.example'): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

export const draftField = () => screen.getByTestId('tactful-draft') as HTMLTextAreaElement;
