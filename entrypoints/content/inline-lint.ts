/**
 * The lazily loaded half of the content script (see inline-loader.ts): inline warnings in the page's
 * reply boxes. Built as a separate ES module; it gets browser access only through the callbacks it is given.
 */
import { attachInlineLint } from '@/components/inline';
import { createLinter } from '@/lib/lint';
import { analyzeReviewLexicon } from '@/lib/analyze/read';
import type { DetectedReview, LintContext } from '@/lib/types';

export interface InlineLintOptions {
  signal: AbortSignal;
  uiLanguage: 'en' | 'ru' | 'uk' | 'bg';
  contextReview(box: HTMLElement): DetectedReview | undefined;
  openPanel(replyText: string, review?: { text: string; author?: string; site?: string }): Promise<void>;
  disableSite(): Promise<void>;
}

export interface InlineLintModule {
  start(doc: Document, options: InlineLintOptions): void;
}

export function start(doc: Document, options: InlineLintOptions): void {
  const contexts = new WeakMap<DetectedReview, LintContext>();
  const contextFor = (box: HTMLElement): LintContext | undefined => {
    const review = options.contextReview(box);
    if (!review) return { uiLanguage: options.uiLanguage };
    let context = contexts.get(review);
    if (!context) {
      const analysis = analyzeReviewLexicon({ text: review.text, author: review.author, rating: review.rating, site: review.site });
      context = {
        uiLanguage: options.uiLanguage,
        language: analysis.language,
        category: analysis.category,
        flags: analysis.flags,
        customerName: analysis.entities.customerName?.first,
      };
      contexts.set(review, context);
    }
    return context;
  };
  attachInlineLint(doc, {
    createLinter,
    contextFor,
    uiLanguage: options.uiLanguage,
    signal: options.signal,
    onOpenPanel: (replyText, box) => {
      const review = options.contextReview(box);
      options
        .openPanel(replyText, review && { text: review.text, author: review.author, site: review.site })
        .catch((error: unknown) => console.warn('Tactful: could not open the side panel:', error));
    },
    onDisableSite: () => {
      options.disableSite().catch((error: unknown) => console.warn('Tactful: could not save the site setting:', error));
    },
  });
}
