/** Loading saved pages into jsdom and scoring detectReviews against an answer key. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DetectedReview } from '../../../lib/types';

/** The part of jsdom's API these tests use (the package ships no type declarations). */
interface VirtualConsoleLike {
  on(event: 'jsdomError', listener: (error: Error) => void): void;
}
const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options: { url: string; virtualConsole: VirtualConsoleLike }) => { window: { document: Document } };
  VirtualConsole: new () => VirtualConsoleLike;
};

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const sharedPagesDir = resolve(repoRoot, '../shared/pages');
export const fixturePagesDir = resolve(repoRoot, 'test/fixtures/pages');

export interface ExpectedReview {
  author: string | null;
  rating: number | null;
  text: string;
}

export interface ExpectedPage {
  url: string;
  reviews: ExpectedReview[];
  not_reviews: string[];
  adapter?: string;
}

export function readAnswerKey(path: string): Record<string, ExpectedPage> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, ExpectedPage>;
}

/** A saved page as a jsdom Document (the pages' CSS that jsdom cannot parse is not our concern). */
export function loadPage(path: string, url: string): Document {
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (error) => {
    if (!/Could not parse CSS/.test(error.message)) console.error(error);
  });
  return new JSDOM(readFileSync(path, 'utf8'), { url, virtualConsole }).window.document;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface Score {
  found: number;
  expected: number;
  /** Detected items that match no expected review. */
  extra: DetectedReview[];
  missing: ExpectedReview[];
  /** Detected items whose text is one of the page's non-reviews (owner replies, the article). */
  notReviewHits: DetectedReview[];
}

/** Each expected review must be matched by one detected review with the same author, rating and text start. */
export function score(detected: DetectedReview[], page: ExpectedPage): Score {
  const used = new Set<number>();
  const missing: ExpectedReview[] = [];
  for (const want of page.reviews) {
    const index = detected.findIndex(
      (got, i) =>
        !used.has(i) &&
        collapse(got.text).startsWith(collapse(want.text)) &&
        (got.author ?? null) === want.author &&
        (got.rating ?? null) === want.rating,
    );
    if (index >= 0) used.add(index);
    else missing.push(want);
  }
  const notReviewHits = detected.filter((got) => page.not_reviews.some((text) => collapse(got.text).includes(collapse(text))));
  return {
    found: page.reviews.length - missing.length,
    expected: page.reviews.length,
    extra: detected.filter((_, i) => !used.has(i)),
    missing,
    notReviewHits,
  };
}
