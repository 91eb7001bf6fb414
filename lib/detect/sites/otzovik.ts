/**
 * Otzovik product pages. Each review teaser is schema.org microdata: itemprop="review" with author/name,
 * reviewRating/ratingValue, datePublished, and the teaser text as description (reviewBody on a review page).
 */
import { detectMicrodata } from '../schema-org';
import type { SiteAdapter } from './adapter';
import { hostIs } from './adapter';

export const otzovik: SiteAdapter = {
  id: 'otzovik',
  matches: (url) => hostIs(url, 'otzovik.com'),
  detect: (root) => detectMicrodata(root, 'otzovik'),
};
