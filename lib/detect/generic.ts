/**
 * Comment threads on unknown sites. A comment is a body block (class words like text/message/content)
 * paired with the nearest author block (author/user/nick/login words, <cite>, itemprop=author); the pair's
 * lowest common ancestor is the comment. A comment shape counts only when it repeats (same tag and class),
 * which keeps a lone article byline, a product grid (no authors) or a menu (no bodies) out.
 */
import type { DetectedReview } from '../types';
import { textStats } from './clean-text';
import { isElement, makeReview } from './extract';
import { authorName, isOwnerReply, isSystemAuthor, roleOf } from './roles';

/** How far (in levels) an author or a body may sit below its comment element. */
const MAX_DEPTH_BELOW_COMMENT = 8;
/** Comment systems name their section: a pair outside any such block is an article byline or a widget. */
const DISCUSSION = /comment|review|thread|discussion|reply|conversation|posts|post-list|otzyv/i;
/** Sidebars and navigation: comments there come from other pages. */
const OUT_OF_CONTENT_CLASS = /(^|\s)sidebar($|\s|-)/i;
const OUT_OF_CONTENT_ROLES = new Set(['navigation', 'complementary']);
const CONTROL_TAGS = new Set(['A', 'BUTTON', 'MENU']);
/** Reply links and fold labels inside a comment's text block. */
const NOT_COMMENT_TEXT_CLASS = /(^|\s)reply(\s|$)|reply-link|__reply|fold/;
const isNotCommentText = (el: Element) => NOT_COMMENT_TEXT_CLASS.test(el.getAttribute('class') ?? '');

export interface GenericOptions {
  /** Comment shapes (see shapeOf) already accepted on this page: a single new comment of that shape counts. */
  knownShapes?: Set<string>;
}

interface Candidate {
  element: Element;
  body: Element;
  author: string;
  /** Document position of the author element: the comment's <time> is looked for next to it. */
  authorIndex: number;
  shape: string;
  date?: Element;
}

export function detectGeneric(root: ParentNode, options: GenericOptions = {}): DetectedReview[] {
  const { authors, bodies, times } = collectRoles(root);
  if (authors.length === 0 || bodies.length === 0) return [];
  const candidates = pairBodiesWithAuthors(authors, bodies);
  attachDates(candidates, times);
  // A comment has one body: a block holding several (an article with its widgets) is not a comment.
  const bodiesPerElement = new Map<Element, number>();
  for (const c of candidates) bodiesPerElement.set(c.element, (bodiesPerElement.get(c.element) ?? 0) + 1);
  const single = candidates.filter((c) => bodiesPerElement.get(c.element) === 1);
  const counts = new Map<string, number>();
  for (const c of single) counts.set(c.shape, (counts.get(c.shape) ?? 0) + 1);
  const reviews: DetectedReview[] = [];
  const placeOk = memoizedPlaceCheck();
  for (const c of single) {
    if ((counts.get(c.shape) ?? 0) < 2 && !options.knownShapes?.has(c.shape)) continue;
    if (!placeOk(c.element) || isByOwner(c.element) || isInsideControl(c.body, c.element)) continue;
    const { text, linkedChars, links } = textStats(c.body, { exclude: isNotCommentText });
    // Bodies that are mostly several links (teasers, "related" lists) are not comments.
    if (!text || (links > 1 && linkedChars > text.length * 0.7)) continue;
    options.knownShapes?.add(c.shape);
    reviews.push(makeReview({ element: c.element, text, site: 'generic', author: c.author, date: c.date?.getAttribute('datetime') ?? c.date?.textContent }));
  }
  return reviews;
}

/** The tag and class of a comment element: comments of one thread share it. */
export function shapeOf(el: Element): string {
  return `${el.tagName}.${(el.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? ''}`;
}

interface Located {
  el: Element;
  /** Position in document order. */
  index: number;
}

/** One pass over the tree: innermost author elements that carry a name, innermost body elements. */
function collectRoles(root: ParentNode): { authors: (Located & { name: string })[]; bodies: Located[]; times: Located[] } {
  const times: Located[] = [];
  const authorEls: Located[] = [];
  const bodyEls: Located[] = [];
  const bareComments: Located[] = [];
  const start = isElement(root) ? root : (root as Document).documentElement;
  if (!start) return { authors: [], bodies: [], times };
  const walker = start.ownerDocument.createTreeWalker(start, 1);
  let index = 0;
  for (let node: Node | null = start; node; node = walker.nextNode(), index++) {
    const el = node as Element;
    if (el.tagName === 'TIME') times.push({ el, index });
    const role = roleOf(el);
    if (role === 'author') authorEls.push({ el, index });
    else if (role === 'body') {
      if (el.textContent?.trim()) bodyEls.push({ el, index });
    } else if (role === 'bare-comment') bareComments.push({ el, index });
  }
  const authors: (Located & { name: string })[] = [];
  authorEls.forEach((author, i) => {
    if (containsNext(authorEls, i)) return;
    const name = authorName(author.el);
    if (name && !isSystemAuthor(name)) authors.push({ ...author, name });
  });
  const bodies = bodyEls.filter((_, i) => !containsNext(bodyEls, i));
  return { authors, bodies: mergeBareComments(bodies, bareComments, authorEls), times };
}

/** Descendants come right after their ancestor in document order, so one check finds the non-innermost. */
function containsNext(list: Located[], i: number): boolean {
  const next = list[i + 1];
  return next !== undefined && list[i]!.el.contains(next.el);
}

/** A bare "comment" block is a body when neither an author nor a body sits inside it. */
function mergeBareComments(bodies: Located[], bare: Located[], authors: Located[]): Located[] {
  if (bare.length === 0) return bodies;
  const merged: Located[] = [];
  let a = 0;
  let b = 0;
  for (const block of bare) {
    while (a < authors.length && authors[a]!.index <= block.index) a++;
    while (b < bodies.length && bodies[b]!.index <= block.index) merged.push(bodies[b++]!);
    const nextAuthor = authors[a];
    const nextBody = bodies[b];
    if (!(nextAuthor && block.el.contains(nextAuthor.el)) && !(nextBody && block.el.contains(nextBody.el))) merged.push(block);
  }
  while (b < bodies.length) merged.push(bodies[b++]!);
  return merged;
}

function pairBodiesWithAuthors(authors: (Located & { name: string })[], bodies: Located[]): Candidate[] {
  const candidates: Candidate[] = [];
  let a = 0;
  bodies.forEach((body, b) => {
    while (a < authors.length && authors[a]!.index < body.index) a++;
    // Each author speaks for the nearest body only: the first body after it, or the last one before it.
    const previousBody = bodies[b - 1];
    const nextBody = bodies[b + 1];
    const before = authors[a - 1] && (!previousBody || previousBody.index < authors[a - 1]!.index) ? authors[a - 1] : undefined;
    const after = authors[a] && (!nextBody || nextBody.index > authors[a]!.index) ? authors[a] : undefined;
    const withBefore = before ? commonAncestor(before.el, body.el) : undefined;
    const withAfter = after && !body.el.contains(after.el) ? commonAncestor(after.el, body.el) : undefined;
    // The author whose common ancestor with the body is the smaller block wins; ties go to the one before.
    const preferAfter = withAfter && withBefore && withAfter.ancestor !== withBefore.ancestor && withBefore.ancestor.contains(withAfter.ancestor);
    const chosen =
      (!preferAfter && before && withBefore && pickIfClose(before, withBefore)) ||
      (after && withAfter && pickIfClose(after, withAfter)) ||
      undefined;
    if (chosen) {
      candidates.push({ element: chosen.element, body: body.el, author: chosen.author.name, authorIndex: chosen.author.index, shape: shapeOf(chosen.element) });
    }
  });
  return candidates;
}

/** The comment's date: the first <time> after its author inside the comment, else the last one before. */
function attachDates(candidates: Candidate[], times: Located[]): void {
  if (times.length === 0) return;
  for (const c of candidates) {
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid]!.index < c.authorIndex) lo = mid + 1;
      else hi = mid;
    }
    const after = times[lo];
    const before = times[lo - 1];
    if (after && c.element.contains(after.el)) c.date = after.el;
    else if (before && c.element.contains(before.el)) c.date = before.el;
  }
}

function pickIfClose(
  author: Located & { name: string },
  found: { ancestor: Element; authorDepth: number; bodyDepth: number },
): { author: Located & { name: string }; element: Element } | undefined {
  if (found.authorDepth > MAX_DEPTH_BELOW_COMMENT || found.bodyDepth > MAX_DEPTH_BELOW_COMMENT) return undefined;
  return { author, element: found.ancestor };
}

function commonAncestor(author: Element, body: Element): { ancestor: Element; authorDepth: number; bodyDepth: number } | undefined {
  const bodyAncestors: Element[] = [];
  for (let el: Element | null = body.parentElement; el; el = el.parentElement) bodyAncestors.push(el);
  let depth = 0;
  for (let el: Element | null = author.parentElement; el; el = el.parentElement) {
    depth++;
    const bodyDepth = bodyAncestors.indexOf(el) + 1;
    if (bodyDepth > 0) return { ancestor: el, authorDepth: depth, bodyDepth };
  }
  return undefined;
}

interface Place {
  discussion: boolean;
  excluded: boolean;
}

/**
 * Whether a comment sits in a discussion, in the page's content and not hidden. Read from attributes
 * only, and memoized per ancestor: siblings share their ancestors' verdict.
 */
function memoizedPlaceCheck(): (el: Element) => boolean {
  const places = new Map<Element, Place>();
  const placeOf = (el: Element | null): Place => {
    if (!el) return { discussion: false, excluded: false };
    const known = places.get(el);
    if (known) return known;
    const parent = placeOf(el.parentElement);
    const place = { discussion: parent.discussion || isDiscussion(el), excluded: parent.excluded || isOutOfContent(el) };
    places.set(el, place);
    return place;
  };
  return (el) => {
    const place = placeOf(el);
    return place.discussion && !place.excluded;
  };
}

function isDiscussion(el: Element): boolean {
  return DISCUSSION.test(el.getAttribute('class') ?? '') || DISCUSSION.test(el.id);
}

function isOutOfContent(el: Element): boolean {
  if (el.tagName === 'ASIDE' || el.tagName === 'NAV' || el.id === 'sidebar') return true;
  if (el.hasAttribute('hidden')) return true;
  const role = el.getAttribute('role');
  if (role && OUT_OF_CONTENT_ROLES.has(role)) return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none/i.test(style)) return true;
  return OUT_OF_CONTENT_CLASS.test(el.getAttribute('class') ?? '');
}

/** Text inside a link, a button or a menu is a control's label, not a comment. */
function isInsideControl(body: Element, comment: Element): boolean {
  for (let el: Element | null = body; el && el !== comment; el = el.parentElement) {
    if (CONTROL_TAGS.has(el.tagName)) return true;
    const role = el.getAttribute('role');
    if (role === 'button' || role === 'menu') return true;
  }
  return false;
}

function isByOwner(el: Element): boolean {
  let node: Element | null = el;
  for (let i = 0; node && i < 4; i++, node = node.parentElement) if (isOwnerReply(node)) return true;
  return false;
}
