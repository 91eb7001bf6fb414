/** React access to the panel store (lib/store/panel.ts) and the UI strings of the current UI language. */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { uiLanguageOf, type PanelActions, type PanelState, type PanelStore } from '../../lib/store/panel';
import type { Language } from '../../lib/taxonomy';
import { MESSAGES, type Messages } from '../i18n';

const PanelStoreContext = createContext<PanelStore | null>(null);

export function PanelStoreProvider({ store, children }: { store: PanelStore; children: ReactNode }) {
  return <PanelStoreContext.Provider value={store}>{children}</PanelStoreContext.Provider>;
}

export function usePanelStore(): PanelStore {
  const store = useContext(PanelStoreContext);
  if (!store) throw new Error('usePanelStore: no PanelStoreProvider above this component');
  return store;
}

export function usePanel<T>(selector: (state: PanelState & PanelActions) => T): T {
  return useStore(usePanelStore(), selector);
}

export function useUiLanguage(): Language {
  return usePanel(uiLanguageOf);
}

export function useT(): Messages {
  return MESSAGES[useUiLanguage()];
}
