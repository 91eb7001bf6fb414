// @vitest-environment jsdom
/**
 * One test per site adapter on its fixture page. Every registered adapter must have a fixture (its own
 * in test/fixtures/pages/sites, or a real saved page in ../shared/pages), and every fixture's adapter
 * must be registered.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectReviews, siteAdapters } from '../../../lib/detect';
import { fixturePagesDir, loadPage, readAnswerKey, score, sharedPagesDir } from './pages';

const sitesDir = resolve(fixturePagesDir, 'sites');
const ownFixtures = readAnswerKey(resolve(sitesDir, 'expected.json'));
const sharedKey = readAnswerKey(resolve(sharedPagesDir, 'expected.json'));

/** Adapters whose fixture is a real saved page. */
const SHARED_FIXTURES: Record<string, string[]> = {
  amazon: ['amazon-com-product-reviews.html', 'amazon-co-uk-product-reviews.html'],
  'google-maps': ['google-com-maps-place.html'],
  reddit: ['reddit-com-thread.html'],
  trustpilot: ['trustpilot-com-company.html'],
  yelp: ['yelp-com-user-reviews.html'],
  youtube: ['youtube-com-watch.html'],
};

const fixtures = [
  ...Object.entries(ownFixtures).map(([file, page]) => ({ adapter: page.adapter ?? '', path: resolve(sitesDir, file), page })),
  ...Object.entries(SHARED_FIXTURES).flatMap(([adapter, files]) =>
    files.map((file) => ({ adapter, path: resolve(sharedPagesDir, file), page: sharedKey[file]! })),
  ),
];

describe('site adapters', () => {
  it('every registered adapter has a fixture page', () => {
    const withFixture = new Set(fixtures.map((f) => f.adapter));
    expect(siteAdapters.map((a) => a.id).filter((id) => !withFixture.has(id))).toEqual([]);
  });

  it('every fixture page belongs to a registered adapter', () => {
    const registered = new Set(siteAdapters.map((a) => a.id));
    expect(fixtures.map((f) => f.adapter).filter((id) => !registered.has(id))).toEqual([]);
  });

  it('adapter ids are unique', () => {
    const ids = siteAdapters.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const { adapter, path, page } of fixtures) {
    it(`${adapter}: ${path.split('/').pop()} — all reviews with author, rating and text`, () => {
      const url = new URL(page.url);
      const own = siteAdapters.find((a) => a.id === adapter)!;
      expect(own.matches(url)).toBe(true);
      expect(siteAdapters.filter((a) => a.matches(url)).map((a) => a.id)).toEqual([adapter]);
      const detected = detectReviews(loadPage(path, page.url), page.url);
      const result = score(detected, page);
      expect(result.missing).toEqual([]);
      expect(result.extra.map((r) => r.text.slice(0, 60))).toEqual([]);
      expect(result.notReviewHits).toEqual([]);
      expect(detected.every((r) => r.site === adapter)).toBe(true);
    });
  }

  it('adapters do not claim other sites', () => {
    for (const url of ['https://example.org/', 'https://news.ycombinator.com/item?id=1', 'https://www.google.com/search?q=x']) {
      expect(siteAdapters.filter((a) => a.matches(new URL(url))).map((a) => a.id)).toEqual([]);
    }
  });
});
