/**
 * schema.org reviews and comments: microdata (itemscope/itemprop), RDFa (typeof/property) and JSON-LD
 * (Review, Comment, UserComments; nested in Product/LocalBusiness/Organization, in arrays and @graph).
 */
import type { DetectedReview } from '../types';
import { cleanText, collapseWhitespace } from './clean-text';
import { makeReview, parseRating, selfAndDescendants } from './extract';
import { findAuthor, isOwnerReply, isSystemAuthor } from './roles';

const REVIEW_TYPES = /^(?:https?:\/\/schema\.org\/|schema:)?(Review|Comment|UserComments|CriticReview|EmployerReview)$/i;

interface Vocabulary {
  /** Whether an element is a review or comment item of this vocabulary. */
  isReviewItem: (el: Element) => boolean;
  /** The attribute naming an element's properties (several, space-separated). */
  propertyAttribute: 'itemprop' | 'property';
  /** A selector for elements carrying the property. */
  prop: (name: string) => string;
  /** The property a name in the attribute stands for. */
  propertyName: (token: string) => string;
  /** The element that scopes a property (its nearest item). */
  scopeOf: (el: Element) => Element | null;
}

const MICRODATA_TYPE = /schema\.org\/(Review|Comment|UserComments|CriticReview|EmployerReview)\b/i;
const RDFA_TYPE = /(^|\s)(schema:)?(Review|Comment|UserComments)(\s|$)/;

const MICRODATA: Vocabulary = {
  isReviewItem: (el) =>
    el.hasAttribute('itemscope') && (MICRODATA_TYPE.test(el.getAttribute('itemtype') ?? '') || /(^|\s)review(\s|$)/.test(el.getAttribute('itemprop') ?? '')),
  propertyAttribute: 'itemprop',
  prop: (name) => `[itemprop~="${name}"]`,
  propertyName: (token) => token,
  scopeOf: (el) => el.parentElement?.closest('[itemscope]') ?? null,
};

const RDFA: Vocabulary = {
  isReviewItem: (el) => RDFA_TYPE.test(el.getAttribute('typeof') ?? ''),
  propertyAttribute: 'property',
  prop: (name) => `[property~="${name}"], [property~="schema:${name}"]`,
  propertyName: (token) => (token.startsWith('schema:') ? token.slice('schema:'.length) : token),
  scopeOf: (el) => el.parentElement?.closest('[typeof]') ?? null,
};

export function detectSchemaOrg(root: ParentNode): DetectedReview[] {
  const { microdata, rdfa } = findItems(root);
  const found = [...readItems(microdata, MICRODATA, 'schema-org'), ...readItems(rdfa, RDFA, 'schema-org')];
  const doc = ownerDocument(root);
  // JSON-LD describes the whole page, so it is read on full scans only.
  if (doc && (root === doc || root === doc.documentElement || root === doc.body)) found.push(...detectJsonLd(doc, found));
  return found;
}

function ownerDocument(root: ParentNode): Document | null {
  return root.nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
}

/** Microdata reviews reported under a site's id (for sites whose own markup is schema.org microdata). */
export function detectMicrodata(root: ParentNode, site: string): DetectedReview[] {
  return readItems(findItems(root).microdata, MICRODATA, site);
}

/** Review items of both vocabularies, from one query (few elements on a page are items at all). */
function findItems(root: ParentNode): { microdata: Element[]; rdfa: Element[] } {
  const microdata: Element[] = [];
  const rdfa: Element[] = [];
  for (const el of selfAndDescendants(root, '[itemscope], [typeof]')) {
    if (MICRODATA.isReviewItem(el)) microdata.push(el);
    else if (RDFA.isReviewItem(el)) rdfa.push(el);
  }
  return { microdata, rdfa };
}

function readItems(items: Element[], vocab: Vocabulary, site: string): DetectedReview[] {
  return items.flatMap((item) => {
    const properties = ownProperties(item, vocab);
    const own = (name: string) => properties.get(name);
    const body = own('reviewBody') ?? own('commentText') ?? own('text') ?? own('description');
    const text = body ? cleanText(body) : '';
    if (!text || isOwnerReply(item)) return [];
    const authorEl = own('author') ?? own('creator');
    const author = authorEl ? valueOf(authorEl.querySelector(vocab.prop('name')) ?? authorEl) : findAuthor(item);
    if (author && isSystemAuthor(author)) return [];
    const ratingEl = own('reviewRating');
    const ratingValue = ratingEl ? (ratingEl.querySelector(vocab.prop('ratingValue')) ?? ratingEl) : undefined;
    const best = ratingEl?.querySelector(vocab.prop('bestRating'));
    const date = own('datePublished') ?? own('commentTime') ?? own('dateCreated');
    return [
      makeReview({
        element: item,
        text,
        site,
        author,
        rating: ratingValue ? parseRating(`${valueOf(ratingValue)} of ${best ? valueOf(best) : 5}`) : undefined,
        date: date ? valueOf(date) : undefined,
      }),
    ];
  });
}

/** Attribute-selector whitespace (what `~=` splits on). */
const TOKEN_SEPARATOR = /[ \t\n\f\r]+/;

/**
 * The item's own properties (not those of items nested in it), each the first in document order: one query
 * and one scope lookup per property element, instead of a query per property name.
 */
function ownProperties(item: Element, vocab: Vocabulary): Map<string, Element> {
  const properties = new Map<string, Element>();
  for (const el of Array.from(item.querySelectorAll(`[${vocab.propertyAttribute}]`))) {
    if (vocab.scopeOf(el) !== item) continue;
    for (const token of (el.getAttribute(vocab.propertyAttribute) ?? '').split(TOKEN_SEPARATOR)) {
      const name = vocab.propertyName(token);
      if (name && !properties.has(name)) properties.set(name, el);
    }
  }
  return properties;
}

function valueOf(el: Element): string {
  return collapseWhitespace(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent ?? '');
}

interface JsonReview {
  text: string;
  author?: string;
  rating?: number;
  date?: string;
}

function detectJsonLd(doc: Document, already: DetectedReview[]): DetectedReview[] {
  const items: JsonReview[] = [];
  // The document's script collection is kept by the browser; a selector query would visit every element.
  for (const script of Array.from(doc.scripts)) {
    if (script.type.toLowerCase() !== 'application/ld+json') continue;
    try {
      collectJsonReviews(JSON.parse(script.textContent ?? ''), items, 0);
    } catch {
      continue; // A page's broken JSON-LD is the page's problem; the other detectors still run.
    }
  }
  if (items.length === 0) return [];
  const known = new Set(already.map((r) => r.text.slice(0, 40)));
  const anchor = textAnchorer(doc);
  return items.flatMap((item) => {
    if (known.has(item.text.slice(0, 40))) return [];
    // A review that is only in the JSON and not on screen is not offered.
    const element = anchor(item.text, item.author);
    return element ? [makeReview({ element, text: item.text, site: 'schema-org', author: item.author, rating: item.rating, date: item.date })] : [];
  });
}

function collectJsonReviews(node: unknown, out: JsonReview[], depth: number): void {
  if (depth > 12 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) collectJsonReviews(child, out, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  const types = ([] as unknown[]).concat(record['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && REVIEW_TYPES.test(t))) {
    const review = jsonReview(record);
    if (review) out.push(review);
  }
  for (const value of Object.values(record)) if (typeof value === 'object') collectJsonReviews(value, out, depth + 1);
}

function jsonReview(record: Record<string, unknown>): JsonReview | undefined {
  const body = [record.reviewBody, record.text, record.description].find((v) => typeof v === 'string' && v.trim());
  if (typeof body !== 'string') return undefined;
  const author = nameOf(record.author) ?? nameOf(record.creator);
  const rating = record.reviewRating as Record<string, unknown> | undefined;
  const value = rating?.ratingValue;
  const review: JsonReview = { text: collapseWhitespace(decodeEntities(body)) };
  if (author) review.author = author;
  if (value !== undefined) {
    const parsed = parseRating(`${String(value)} of ${String(rating?.bestRating ?? 5)}`);
    if (parsed !== undefined) review.rating = parsed;
  }
  if (typeof record.datePublished === 'string') review.date = record.datePublished;
  return review;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object') return nameOf((value as Record<string, unknown>).name);
  return undefined;
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" })[e] ?? _);
}

/** Finds the element showing a review's text (and, when possible, its author) on the page. */
function textAnchorer(doc: Document): (text: string, author?: string) => Element | undefined {
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && parent.tagName !== 'SCRIPT' && parent.tagName !== 'STYLE' && (node as Text).data.trim()) texts.push(node as Text);
  }
  return (text, author) => {
    const needle = text.slice(0, 40);
    const hit = texts.find((t) => collapseWhitespace(t.data).includes(needle));
    if (!hit?.parentElement) return undefined;
    let el: Element = hit.parentElement;
    if (!author) return el;
    for (let i = 0; i < 8 && el.parentElement && el.parentElement !== doc.body; i++) {
      if ((el.textContent ?? '').includes(author)) return el;
      el = el.parentElement;
    }
    return (el.textContent ?? '').includes(author) ? el : hit.parentElement;
  };
}
