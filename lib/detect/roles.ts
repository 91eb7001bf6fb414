/**
 * What a block of an unknown page is, judged from its markup alone (class words, microdata, tag):
 * an author name, a comment body, an owner's reply. Shared by the generic and schema.org detectors.
 */
import { collapseWhitespace } from './clean-text';

const AUTHOR_CLASS = /author|user|nick|login|person|commenter|byline/i;
const NOT_AUTHOR_CLASS = /label|avatar|userpic|pic\b|image|img|photo|icon|count|karma|rating|menu|vote|link-?hover|text|body|content|comment-?list|usertext/i;
const BODY_CLASS = /(^|[\s_-])(text|body|message|content|commententry|commtext|md|msg)([\s_-]|$)/i;
const NOT_BODY_CLASS = /author|user|nick|date|time|meta|footer|header|title|reply|form|button|avatar|wrapper|container|count|caption|nav|menu|sidebar|preview|excerpt|teaser|snippet|price|etc|admin|dropdown|popup|tooltip|hint|modal|fold|toggle|share/i;
const OWNER_CLASS = /bypostauthor|--poster\b|owner-?(reply|response|comment)|biz-owner|business-reply|by-?author\b|comment-author-admin/i;
const WROTE_SUFFIX = /\s*(пишет|написал[аи]?|пише|написа|says|wrote|writes)\s*:?\s*$/i;
/** System accounts whose messages are not anybody's opinion. */
const SYSTEM_AUTHOR = /\bjanitor\b|^automoderator$/i;

export type Role = 'author' | 'body' | 'bare-comment' | undefined;

/** What an element looks like, from two attribute reads (the scan calls this on every element). */
export function roleOf(el: Element): Role {
  if (!el.hasAttributes()) return el.tagName === 'CITE' ? 'author' : undefined;
  const cls = el.getAttribute('class');
  const itemprop = el.getAttribute('itemprop');
  if (itemprop === 'author' || itemprop === 'creator' || el.tagName === 'CITE') return 'author';
  if (itemprop === 'reviewBody' || itemprop === 'commentText' || itemprop === 'text') return 'body';
  if (!cls) return el.tagName === 'A' && el.getAttribute('rel') === 'author' ? 'author' : undefined;
  if (AUTHOR_CLASS.test(cls) && !NOT_AUTHOR_CLASS.test(cls)) return 'author';
  if (BODY_CLASS.test(cls) && !NOT_BODY_CLASS.test(cls)) return 'body';
  // A block called just "comment" is the text itself when no author sits inside it (Hacker News).
  if (cls.trim() === 'comment') return 'bare-comment';
  return el.tagName === 'A' && el.getAttribute('rel') === 'author' ? 'author' : undefined;
}

export function looksLikeAuthor(el: Element): boolean {
  return roleOf(el) === 'author';
}

export function isOwnerReply(el: Element): boolean {
  return OWNER_CLASS.test(el.getAttribute('class') ?? '');
}

export function isSystemAuthor(name: string): boolean {
  return SYSTEM_AUTHOR.test(name);
}

/** An author's display name from its element: "Имя пишет:" → "Имя"; empty or sentence-long → undefined. */
export function authorName(el: Element): string | undefined {
  const name = collapseWhitespace(el.textContent ?? '').replace(WROTE_SUFFIX, '');
  if (!name || name.length > 80 || name.split(' ').length > 8) return undefined;
  return name;
}

/** The innermost author element inside `scope` that carries a name, in document order. */
export function findAuthor(scope: Element): string | undefined {
  const candidates = Array.from(scope.querySelectorAll('*')).filter(looksLikeAuthor);
  for (const el of candidates) {
    if (candidates.some((other) => other !== el && el.contains(other) && authorName(other))) continue;
    const name = authorName(el);
    if (name) return name;
  }
  return undefined;
}
