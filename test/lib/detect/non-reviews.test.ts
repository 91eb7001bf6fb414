// @vitest-environment jsdom
/** Pages without reviews: a news article, a product grid, a forum index, a long encyclopedia page. */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectReviews } from '../../../lib/detect';
import { fixturePagesDir, loadPage } from './pages';

const dir = resolve(fixturePagesDir, 'non-reviews');
const files = readdirSync(dir).filter((f) => f.endsWith('.html'));

describe('pages without reviews', () => {
  it('has the four kinds of page', () => {
    expect(files.sort()).toEqual(['forum-index.html', 'news-article.html', 'product-grid.html', 'wiki-article.html']);
  });

  for (const file of files) {
    it(`${file}: nothing is taken for a review`, () => {
      const url = `https://example.org/${file}`;
      const detected = detectReviews(loadPage(resolve(dir, file), url), url);
      expect(detected.map((r) => `${r.site} ${r.author}: ${r.text.slice(0, 60)}`)).toEqual([]);
    });
  }
});
