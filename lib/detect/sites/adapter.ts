import type { DetectedReview } from '../../types';

/** One review site: where it runs and how it reads its reviews. One file per site (see sites/index.ts). */
export interface SiteAdapter {
  /** Site id reported in DetectedReview.site. */
  id: string;
  matches(url: URL): boolean;
  detect(root: ParentNode): DetectedReview[];
}

/** True when the URL's host is `domain` or one of its subdomains. */
export function hostIs(url: URL, ...domains: string[]): boolean {
  const host = url.hostname.toLowerCase();
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}
