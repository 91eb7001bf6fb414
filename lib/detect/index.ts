/**
 * detectReviews: the best detector that knows the page wins. A site adapter when the URL is a known review
 * site; otherwise schema.org data, then the generic comment-thread detector for what schema.org did not cover.
 */
import type { DetectedReview } from '../types';
import { attachReplyBoxes } from './extract';
import { detectGeneric, type GenericOptions } from './generic';
import { detectSchemaOrg } from './schema-org';
import { adapterFor, type SiteAdapter } from './sites';

export { cleanText } from './clean-text';
export { siteAdapters } from './sites';

export type DetectOptions = GenericOptions;

export function detectReviews(root: Document | Element, url?: string, options: DetectOptions = {}): DetectedReview[] {
  const reviews = detectWithBestDetector(root, url, options);
  attachReplyBoxes(reviews, root);
  return reviews;
}

function detectWithBestDetector(root: Document | Element, url: string | undefined, options: DetectOptions): DetectedReview[] {
  const adapter = adapterForUrl(url ?? documentUrl(root));
  if (adapter) {
    const fromAdapter = adapter.detect(root);
    if (fromAdapter.length > 0) return fromAdapter;
  }
  const structured = detectSchemaOrg(root);
  const generic = detectGeneric(root, options);
  if (structured.length === 0) return generic;
  return [
    ...structured,
    ...generic.filter((review) => !structured.some((s) => s.element.contains(review.element) || review.element.contains(s.element))),
  ];
}

function documentUrl(root: Document | Element): string {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  return doc?.URL ?? '';
}

let lastAdapterLookup: { url: string; adapter: SiteAdapter | undefined } | undefined;

/** The observer calls detectReviews for every added subtree with the same URL; look it up once. */
function adapterForUrl(url: string): SiteAdapter | undefined {
  if (lastAdapterLookup?.url !== url) lastAdapterLookup = { url, adapter: adapterFor(parseUrl(url)) };
  return lastAdapterLookup.adapter;
}

function parseUrl(url: string): URL {
  try {
    return new URL(url);
  } catch {
    return new URL('about:blank');
  }
}
