/**
 * Yandex Maps organisation reviews. Each review is schema.org microdata (itemprop="review" with
 * reviewBody, author/name, reviewRating/ratingValue, datePublished); the organisation's answer sits
 * outside reviewBody and is left out.
 */
import { detectMicrodata } from '../schema-org';
import type { SiteAdapter } from './adapter';

export const yandexMaps: SiteAdapter = {
  id: 'yandex-maps',
  matches: (url) => /(^|\.)yandex\.[a-z.]+$/i.test(url.hostname) && /^\/maps|^\/profile/.test(url.pathname),
  detect: (root) => detectMicrodata(root, 'yandex-maps'),
};
