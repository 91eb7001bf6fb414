// @vitest-environment jsdom
/**
 * The 17 real saved pages in ../shared/pages against their answer key: every review found with its
 * author, rating and text; nothing else taken for a review (owner replies, article bodies, sidebars).
 */
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectReviews } from '../../../lib/detect';
import { loadPage, readAnswerKey, score, sharedPagesDir } from './pages';

const answerKey = readAnswerKey(resolve(sharedPagesDir, 'expected.json'));
const summary: string[] = [];

/** Which detector is expected to speak for each real page. */
const EXPECTED_SITE: Record<string, string> = {
  'trustpilot-com-company.html': 'trustpilot',
  'amazon-com-product-reviews.html': 'amazon',
  'amazon-co-uk-product-reviews.html': 'amazon',
  'yelp-com-user-reviews.html': 'yelp',
  'google-com-maps-place.html': 'google-maps',
  'reddit-com-thread.html': 'reddit',
  'youtube-com-watch.html': 'youtube',
  'launchpad-net-bug.html': 'schema-org',
};

describe('detectReviews on real saved pages', () => {
  it('has the whole answer key', () => {
    expect(Object.keys(answerKey)).toHaveLength(17);
  });

  for (const [file, page] of Object.entries(answerKey)) {
    it(`${file}: finds every review exactly and nothing else`, () => {
      const detected = detectReviews(loadPage(resolve(sharedPagesDir, file), page.url), page.url);
      const result = score(detected, page);
      summary.push(`${file.padEnd(36)} found ${result.found}/${result.expected}  false ${result.extra.length}  owner/article hits ${result.notReviewHits.length}`);
      expect(result.missing).toEqual([]);
      expect(result.extra.map((r) => `${r.author}: ${r.text.slice(0, 60)}`)).toEqual([]);
      expect(result.notReviewHits).toEqual([]);
      const site = EXPECTED_SITE[file] ?? 'generic';
      expect(new Set(detected.map((r) => r.site))).toEqual(new Set([site]));
    });
  }

  afterAll(() => {
    console.info(`Real pages:\n${summary.join('\n')}`);
  });
});
