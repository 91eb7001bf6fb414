/**
 * The side panel's state: the review being answered, the agent's choices (category, flags, tone, variant),
 * the draft text with its live lint, and the notices the panel shows. One store per panel instance
 * (createPanelStore), so tests get a fresh one per render.
 *
 * Every change the agent makes to a draft is written to extension storage at once (draftsItem), keyed by the
 * review, so closing and reopening the panel loses nothing.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { analyzeReview } from '../analyze/index';
import { allowedTones, composeReply } from '../compose/index';
import { createLinter } from '../lint/index';
import { findPageTabId, insertIntoTab, listTabReviews, revealReview } from '../messaging/client';
import { reviewKey as keyOfReview, type CurrentReview, type ReviewPayload } from '../messaging/protocol';
import { checklistFor } from '../playbook/index';
import { DEFAULT_SETTINGS, type Settings, type SettingsIssue } from '../settings/schema';
import {
  addHistoryEntry,
  currentReviewItem,
  deleteHistoryEntry,
  loadCurrentReview,
  loadDraft,
  loadHistory,
  loadSettings,
  saveDraft,
  saveSettings as writeSettings,
  settingsItem,
  type HistoryEntry,
  type SavedDraft,
} from '../settings/storage';
import { LANGUAGES, type Category, type Flag, type Language, type Tone } from '../taxonomy';
import type { Analysis, ChecklistItem, Diagnostic, LintContext } from '../types';
import { byUrgency, type TriageItem } from './urgency';

export type View = 'reply' | 'triage' | 'history' | 'settings';
export type NoticeKey = 'unreachable' | 'noTab' | 'insertFailed' | 'inserted' | 'copied' | 'copyFailed';
export interface Notice {
  key: NoticeKey;
  kind: 'info' | 'error';
}

export type TriageState =
  | { status: 'idle' | 'loading' | 'unreachable' | 'no-tab' }
  | { status: 'ready'; tabId: number; items: TriageItem[] };

export interface PanelState {
  ready: boolean;
  view: View;
  settings: Settings;
  /** Problems with the settings found in storage (shown once; defaults are used meanwhile). */
  storedSettingsErrors: SettingsIssue[];
  /** The browser's preferred languages; the UI language follows them unless settings choose one. */
  browserLanguages: readonly string[];
  review: CurrentReview | null;
  reviewKey: string | null;
  /** What the analyzer found; category and flags below are the agent's (possibly changed) view of it. */
  detected: Analysis | null;
  category: Category | null;
  flags: Flag[];
  tone: Tone;
  tones: Tone[];
  variant: number;
  draftLanguage: Language | null;
  text: string;
  checklist: ChecklistItem[];
  checked: string[];
  diagnostics: Diagnostic[];
  notice: Notice | null;
  history: HistoryEntry[];
  /** Reviews detected on the page, most urgent first. */
  triage: TriageState;
}

export interface PanelActions {
  /** Loads storage and follows its changes; returns the function that stops following. */
  start(): Promise<() => void>;
  openReview(review: CurrentReview): Promise<void>;
  setView(view: View): void;
  setCategory(category: Category): void;
  addFlag(flag: Flag): void;
  removeFlag(flag: Flag): void;
  setTone(tone: Tone): void;
  nextVariant(): void;
  setText(text: string): void;
  toggleChecked(id: string): void;
  insert(): Promise<void>;
  copy(): Promise<void>;
  dismissNotice(): void;
  saveSettings(settings: Settings): Promise<void>;
  deleteHistory(id: string): Promise<void>;
  loadTriage(): Promise<void>;
  /** Opens a review found on a page: it becomes the current review and the page scrolls to it. */
  openFromPage(tabId: number, review: ReviewPayload): Promise<void>;
}

export type PanelStore = StoreApi<PanelState & PanelActions>;

export function uiLanguageOf(state: Pick<PanelState, 'settings' | 'browserLanguages'>): Language {
  const chosen = LANGUAGES.find((language) => language === state.settings.uiLanguage);
  if (chosen) return chosen;
  for (const tag of state.browserLanguages) {
    const match = LANGUAGES.find((language) => language === tag.toLowerCase().split('-')[0]);
    if (match) return match;
  }
  return 'en';
}

function ownContacts(settings: Settings): string[] {
  return Object.values(settings.contact ?? {}).filter((value): value is string => typeof value === 'string' && !!value);
}

export function createPanelStore(browserLanguages: readonly string[] = navigator.languages): PanelStore {
  const linter = createLinter({});
  // Draft writes never overlap (a slow write must not overtake a newer one) and coalesce: while one is in
  // flight only the newest edit waits, so storage is never more than one write behind fast typing.
  let writing = false;
  let pendingWrite: { key: string; draft: SavedDraft } | null = null;
  const drainWrites = () => {
    if (writing || !pendingWrite) return;
    const { key, draft } = pendingWrite;
    pendingWrite = null;
    writing = true;
    saveDraft(key, draft)
      .catch((error: unknown) => console.error('Tactful: could not save the draft', error))
      .finally(() => {
        writing = false;
        drainWrites();
      });
  };
  let openToken = 0;

  return createStore<PanelState & PanelActions>()((set, get) => {
    const effectiveAnalysis = (): Analysis | null => {
      const { detected, category, flags } = get();
      return detected && category ? { ...detected, category, flags } : null;
    };

    const lintContext = (): LintContext => {
      const state = get();
      const analysis = effectiveAnalysis();
      return {
        uiLanguage: uiLanguageOf(state),
        language: state.draftLanguage ?? analysis?.language,
        category: analysis?.category,
        flags: analysis?.flags,
        customerName: analysis?.entities.customerName?.first,
        customRules: state.settings.bannedPhrases,
        ownContacts: ownContacts(state.settings),
      };
    };

    const relint = () => {
      linter.setContext(lintContext());
      set({ diagnostics: linter.update(get().text) });
    };

    const persist = () => {
      const { reviewKey, text, tone, variant, category, flags, checked } = get();
      if (!reviewKey) return;
      const draft = { text, tone, variant, category: category ?? undefined, flags, checked, updatedAt: Date.now() };
      pendingWrite = { key: reviewKey, draft };
      drainWrites();
    };

    /** Composes a fresh draft for the current choices; keepText keeps what the agent already has. */
    const compose = (keepText?: string) => {
      const analysis = effectiveAnalysis();
      if (!analysis) return;
      const state = get();
      const tones = allowedTones(analysis);
      const tone = tones.includes(state.tone) ? state.tone : (tones[0] ?? state.tone);
      const draft = composeReply(analysis, state.settings, { tone, variant: state.variant });
      set({
        tones,
        tone: draft.tone,
        draftLanguage: draft.language,
        text: keepText ?? draft.text,
      });
      refreshChecklist();
      relint();
    };

    /** The checklist is for the agent, so it is written in the UI language. */
    const refreshChecklist = () => {
      const analysis = effectiveAnalysis();
      set({ checklist: analysis ? checklistFor(analysis, uiLanguageOf(get())) : [] });
    };

    const redraft = () => {
      compose();
      persist();
    };

    const notify = (key: NoticeKey, kind: Notice['kind']) => set({ notice: { key, kind } });

    const recordHistory = async () => {
      const { reviewKey, review, text, category } = get();
      if (!reviewKey || !review || !category) return;
      const history = await addHistoryEntry({
        id: reviewKey,
        reviewExcerpt: review.text.slice(0, 200),
        category,
        text,
        site: review.site,
        createdAt: Date.now(),
      });
      set({ history });
    };

    return {
      ready: false,
      view: 'reply',
      settings: DEFAULT_SETTINGS,
      storedSettingsErrors: [],
      browserLanguages,
      review: null,
      reviewKey: null,
      detected: null,
      category: null,
      flags: [],
      tone: DEFAULT_SETTINGS.tone,
      tones: [],
      variant: 0,
      draftLanguage: null,
      text: '',
      checklist: [],
      checked: [],
      diagnostics: [],
      notice: null,
      history: [],
      triage: { status: 'idle' },

      async start() {
        const [loaded, review, history] = await Promise.all([loadSettings(), loadCurrentReview(), loadHistory()]);
        set({
          settings: loaded.settings,
          storedSettingsErrors: loaded.ok ? [] : loaded.errors,
          tone: loaded.settings.tone,
          history,
        });
        if (review) await get().openReview(review);
        set({ ready: true });
        const stopReview = currentReviewItem.watch(async () => {
          const next = await loadCurrentReview();
          const current = get().review;
          if (next && (next.openedAt !== current?.openedAt || next.text !== current.text)) await get().openReview(next);
        });
        const stopSettings = settingsItem.watch(async () => {
          const next = await loadSettings();
          if (next.ok) {
            set({ settings: next.settings });
            refreshChecklist();
            relint();
          }
        });
        return () => {
          stopReview();
          stopSettings();
        };
      },

      async openReview(review) {
        const token = ++openToken;
        const key = review.reviewKey ?? keyOfReview(review);
        const saved = await loadDraft(key);
        if (token !== openToken) return;
        const detected = analyzeReview({ text: review.text, author: review.author, rating: review.rating, site: review.site });
        set({
          review,
          reviewKey: key,
          detected,
          category: saved?.category ?? detected.category,
          flags: saved?.flags ?? detected.flags,
          tone: saved?.tone ?? get().settings.tone,
          variant: saved?.variant ?? 0,
          checked: saved?.checked ?? [],
          notice: null,
          view: 'reply',
        });
        compose(saved?.text ?? review.replyText);
      },

      setView(view) {
        set({ view });
      },

      setCategory(category) {
        set({ category, variant: 0 });
        redraft();
      },

      addFlag(flag) {
        if (get().flags.includes(flag)) return;
        set({ flags: [...get().flags, flag] });
        redraft();
      },

      removeFlag(flag) {
        set({ flags: get().flags.filter((f) => f !== flag) });
        redraft();
      },

      setTone(tone) {
        set({ tone });
        redraft();
      },

      nextVariant() {
        set({ variant: get().variant + 1 });
        redraft();
      },

      setText(text) {
        set({ text, diagnostics: linter.update(text) });
        persist();
      },

      toggleChecked(id) {
        const checked = get().checked;
        set({ checked: checked.includes(id) ? checked.filter((c) => c !== id) : [...checked, id] });
        persist();
      },

      async insert() {
        const { review, reviewKey, text } = get();
        // The tab the review came from; a free selection without one goes to the tab in front.
        const tabId = review?.tabId ?? (await findPageTabId());
        if (tabId === undefined) return notify('noTab', 'error');
        const result = await insertIntoTab(tabId, text, review?.reviewKey ?? reviewKey ?? undefined);
        if (result.ok) {
          notify('inserted', 'info');
          await recordHistory();
        } else {
          notify(result.reason === 'unreachable' ? 'unreachable' : 'insertFailed', 'error');
        }
      },

      async copy() {
        try {
          await navigator.clipboard.writeText(get().text);
        } catch (error) {
          console.warn('Tactful: copying failed', error);
          return notify('copyFailed', 'error');
        }
        notify('copied', 'info');
        await recordHistory();
      },

      dismissNotice() {
        set({ notice: null });
      },

      async saveSettings(settings) {
        await writeSettings(settings);
        set({ settings, storedSettingsErrors: [] });
        refreshChecklist();
        relint();
      },

      async deleteHistory(id) {
        set({ history: await deleteHistoryEntry(id) });
      },

      async loadTriage() {
        set({ triage: { status: 'loading' } });
        const tabId = await findPageTabId(get().review?.tabId);
        if (tabId === undefined) return set({ triage: { status: 'no-tab' } });
        const reply = await listTabReviews(tabId);
        if (!reply.ok) return set({ triage: { status: 'unreachable' } });
        const items = reply.value.map((review) => ({ review, analysis: analyzeReview(review) }));
        set({ triage: { status: 'ready', tabId, items: byUrgency(items) } });
      },

      async openFromPage(tabId, review) {
        const key = review.reviewKey ?? keyOfReview(review);
        const current: CurrentReview = { ...review, reviewKey: key, tabId, openedAt: Date.now() };
        await currentReviewItem.setValue(current);
        await get().openReview(current);
        await revealReview(tabId, key);
      },
    };
  });
}
