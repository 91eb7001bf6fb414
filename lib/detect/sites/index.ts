/** Every site adapter, in one list. A test fails when an adapter here has no fixture page. */
import type { SiteAdapter } from './adapter';
import { amazon } from './amazon';
import { facebook } from './facebook';
import { googleMaps } from './google-maps';
import { instagram } from './instagram';
import { irecommend } from './irecommend';
import { otzovik } from './otzovik';
import { reddit } from './reddit';
import { tripadvisor } from './tripadvisor';
import { trustpilot } from './trustpilot';
import { twoGis } from './two-gis';
import { vk } from './vk';
import { x } from './x';
import { yandexMaps } from './yandex-maps';
import { yelp } from './yelp';
import { youtube } from './youtube';

export type { SiteAdapter } from './adapter';

export const siteAdapters: readonly SiteAdapter[] = [
  amazon, facebook, googleMaps, instagram, irecommend, otzovik, reddit, tripadvisor, trustpilot, twoGis, vk, x,
  yandexMaps, yelp, youtube,
];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return siteAdapters.find((adapter) => adapter.matches(url));
}
