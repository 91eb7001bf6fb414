/**
 * Comment threads on unknown sites. A comment is a body block (class words like text/message/content)
 * paired with the nearest author block (author/user/nick/login words, <cite>, itemprop=author); the pair's
 * lowest common ancestor is the comment. A comment shape counts only when it repeats (same tag and class),
 * which keeps a lone article byline, a product grid (no authors) or a menu (no bodies) out.
 */
import type { DetectedReview } from '../types';
import { textStats, type CleanTextOptions } from './clean-text';
import { isElement, makeReview, selfAndDescendants } from './extract';
import { memoByString } from './memo';
import { authorName, classOf, isOwnerReply, isSystemAuthor, markupOf, roleFrom, type Markup } from './roles';

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
const isNotCommentTextClass = memoByString((cls: string) => NOT_COMMENT_TEXT_CLASS.test(cls));
const COMMENT_TEXT: CleanTextOptions = {
  exclude: (el) => {
    const cls = classOf(el);
    return cls !== '' && isNotCommentTextClass(cls);
  },
};
const namesDiscussion = memoByString((word: string) => DISCUSSION.test(word));
const isOutOfContentClass = memoByString((cls: string) => OUT_OF_CONTENT_CLASS.test(cls));
const firstClassWord = memoByString((cls: string) => cls.trim().split(/\s+/)[0] ?? '');

export interface GenericOptions {
  /** Comment shapes (see shapeOf) already accepted on this page: a single new comment of that shape counts. */
  knownShapes?: Set<string>;
  /**
   * Verdicts about elements and their ancestors, shared by the scans of one batch of added nodes (siblings
   * share their ancestors). Valid while the page does not change: create one per batch.
   */
  places?: PlaceMemo;
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
  const place = placeChecks(options.places ?? new Map());
  for (const c of single) {
    if ((counts.get(c.shape) ?? 0) < 2 && !options.knownShapes?.has(c.shape)) continue;
    if (!place.inDiscussion(c.element) || place.byOwner(c.element) || isInsideControl(c.body, c.element)) continue;
    const { text, linkedChars, links } = textStats(c.body, COMMENT_TEXT);
    // Bodies that are mostly several links (teasers, "related" lists) are not comments.
    if (!text || (links > 1 && linkedChars > text.length * 0.7)) continue;
    options.knownShapes?.add(c.shape);
    reviews.push(makeReview({ element: c.element, text, site: 'generic', author: c.author, date: c.date?.getAttribute('datetime') ?? c.date?.textContent }));
  }
  return reviews;
}

/** The tag and class of a comment element: comments of one thread share it. */
export function shapeOf(el: Element): string {
  return `${el.tagName}.${firstClassWord(classOf(el))}`;
}

interface Located {
  el: Element;
  /** Position in document order. */
  index: number;
}

/** Elements whose tag or attributes other than class give them a role (see roleFrom). */
const MARKED = '[itemprop], cite, a[rel~="author"]';

/**
 * One pass over the tree: innermost author elements that carry a name, innermost body elements, dates.
 * The pass reads only each element's class. The few elements with markup and the <time> elements come from
 * two queries (one selector list measured slower on small added subtrees in Chromium), which list them in
 * the same document order as the pass, so a cursor meets each on its way.
 */
function collectRoles(root: ParentNode): { authors: (Located & { name: string })[]; bodies: Located[]; times: Located[] } {
  const times: Located[] = [];
  const authorEls: Located[] = [];
  const bodyEls: Located[] = [];
  const bareComments: Located[] = [];
  const start = isElement(root) ? root : (root as Document).documentElement;
  if (!start) return { authors: [], bodies: [], times };
  const marked = selfAndDescendants(start, MARKED);
  const timeEls = selfAndDescendants(start, 'time');
  let nextMarked = 0;
  let nextTime = 0;
  const walker = start.ownerDocument.createTreeWalker(start, 1);
  let index = 0;
  for (let node: Node | null = start; node; node = walker.nextNode(), index++) {
    const el = node as Element;
    let markup: Markup | undefined;
    if (el === marked[nextMarked]) {
      markup = markupOf(el);
      nextMarked++;
    }
    if (el === timeEls[nextTime]) {
      times.push({ el, index });
      nextTime++;
    }
    const role = roleFrom(classOf(el), markup);
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
    const outsideAfter = after && !body.el.contains(after.el) ? after : undefined;
    // The author whose common ancestor with the body is the smaller block wins; ties go to the one before.
    // The after author's block is the smaller exactly when it sits in the before block's branch towards the body.
    const preferAfter = withBefore && withBefore.bodyBranch !== body.el && outsideAfter && withBefore.bodyBranch.contains(outsideAfter.el);
    const chosen =
      outsideAfter && preferAfter
        ? pickNear(outsideAfter, body.el)
        : (before && withBefore && pickIfClose(before, withBefore)) || (outsideAfter && pickNear(outsideAfter, body.el));
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

function pickNear(author: Located & { name: string }, body: Element): ReturnType<typeof pickIfClose> {
  const found = commonAncestor(author.el, body);
  return found && pickIfClose(author, found);
}

function pickIfClose(
  author: Located & { name: string },
  found: CommonAncestor,
): { author: Located & { name: string }; element: Element } | undefined {
  if (found.authorDepth > MAX_DEPTH_BELOW_COMMENT || found.bodyDepth > MAX_DEPTH_BELOW_COMMENT) return undefined;
  return { author, element: found.ancestor };
}

interface CommonAncestor {
  ancestor: Element;
  /** The ancestor's child on the way down to the body (the body itself when it is a child). */
  bodyBranch: Element;
  authorDepth: number;
  bodyDepth: number;
}

/** The nearest block above both (never the body itself), found from the author's side: authors sit close. */
function commonAncestor(author: Element, body: Element): CommonAncestor | undefined {
  let authorDepth = 0;
  for (let el: Element | null = author.parentElement; el; el = el.parentElement) {
    authorDepth++;
    if (el === body || !el.contains(body)) continue;
    let bodyBranch = body;
    let bodyDepth = 1;
    for (let up = body.parentElement; up && up !== el; up = up.parentElement, bodyDepth++) bodyBranch = up;
    return { ancestor: el, bodyBranch, authorDepth, bodyDepth };
  }
  return undefined;
}

export type PlaceMemo = Map<Element, Place>;

interface Place {
  /** Inside a block named like a comment section. */
  discussion: boolean;
  /** Inside navigation, a sidebar or a hidden block. */
  excluded: boolean;
  /** The element itself is marked as the site owner's reply. */
  ownerReply: boolean;
}

const OUTSIDE: Place = { discussion: false, excluded: false, ownerReply: false };

/**
 * Where a comment sits: in a discussion, in the page's content and not hidden; and whether it is an owner's
 * reply. Read from attributes only, each element's once, and memoized: siblings share their ancestors' verdict.
 */
function placeChecks(places: PlaceMemo): { inDiscussion: (el: Element) => boolean; byOwner: (el: Element) => boolean } {
  const placeOf = (el: Element): Place => {
    const known = places.get(el);
    if (known) return known;
    const parent = el.parentElement ? placeOf(el.parentElement) : OUTSIDE;
    const cls = classOf(el);
    const id = el.id;
    const place = {
      discussion: parent.discussion || namesDiscussion(cls) || namesDiscussion(id),
      excluded: parent.excluded || isOutOfContent(el, cls, id),
      ownerReply: isOwnerReply(el, cls),
    };
    places.set(el, place);
    return place;
  };
  return {
    inDiscussion: (el) => {
      const place = placeOf(el);
      return place.discussion && !place.excluded;
    },
    // The owner's mark sits on the reply itself or on a wrapper up to three levels above it.
    byOwner: (el) => {
      let node: Element | null = el;
      for (let i = 0; node && i < 4; i++, node = node.parentElement) if (placeOf(node).ownerReply) return true;
      return false;
    },
  };
}

function isOutOfContent(el: Element, cls: string, id: string): boolean {
  const tag = el.tagName;
  if (tag === 'ASIDE' || tag === 'NAV' || id === 'sidebar') return true;
  if (el.hasAttribute('hidden')) return true;
  const role = el.getAttribute('role');
  if (role && OUT_OF_CONTENT_ROLES.has(role)) return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none/i.test(style)) return true;
  return isOutOfContentClass(cls);
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
