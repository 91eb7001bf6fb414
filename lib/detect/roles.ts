/**
 * What a block of an unknown page is, judged from its markup alone (class words, microdata, tag):
 * an author name, a comment body, an owner's reply. Shared by the generic and schema.org detectors.
 */
import { collapseWhitespace } from './clean-text';
import { memoByString } from './memo';

const AUTHOR_CLASS = /author|user|nick|login|person|commenter|byline/i;
const NOT_AUTHOR_CLASS = /label|avatar|userpic|pic\b|image|img|photo|icon|count|karma|rating|menu|vote|link-?hover|text|body|content|comment-?list|usertext/i;
const BODY_CLASS = /(^|[\s_-])(text|body|message|content|commententry|commtext|md|msg)([\s_-]|$)/i;
const NOT_BODY_CLASS = /author|user|nick|date|time|meta|footer|header|title|reply|form|button|avatar|wrapper|container|count|caption|nav|menu|sidebar|preview|excerpt|teaser|snippet|price|etc|admin|dropdown|popup|tooltip|hint|modal|fold|toggle|share/i;
const OWNER_CLASS = /bypostauthor|--poster\b|owner-?(reply|response|comment)|biz-owner|business-reply|by-?author\b|comment-author-admin/i;
/** "Имя пишет:" — found without a leading \s* so the regex can skip ahead to the words' first letters. */
const WROTE_SUFFIX = /(пишет|написал[аи]?|пише|написа|says|wrote|writes)\s*:?\s*$/i;
const MAX_NAME_WORDS = 8;
/** System accounts whose messages are not anybody's opinion. */
const SYSTEM_AUTHOR = /\bjanitor\b|^automoderator$/i;

export type Role = 'author' | 'body' | 'bare-comment' | undefined;

const roleOfClass = memoByString((cls: string): Role => {
  if (AUTHOR_CLASS.test(cls) && !NOT_AUTHOR_CLASS.test(cls)) return 'author';
  if (BODY_CLASS.test(cls) && !NOT_BODY_CLASS.test(cls)) return 'body';
  // A block called just "comment" is the text itself when no author sits inside it (Hacker News).
  return cls.trim() === 'comment' ? 'bare-comment' : undefined;
});

/** What an element's tag and attributes other than class say about its role. */
export interface Markup {
  cite: boolean;
  itemprop: string | null;
  /** An <a rel="author">. */
  authorLink: boolean;
}

const NO_MARKUP: Markup = { cite: false, itemprop: null, authorLink: false };

export function markupOf(el: Element, tag = el.tagName): Markup {
  return { cite: tag === 'CITE', itemprop: el.getAttribute('itemprop'), authorLink: tag === 'A' && el.getAttribute('rel') === 'author' };
}

/** What an element looks like, from its tag, itemprop and class. */
export function roleOf(el: Element): Role {
  return roleFrom(classOf(el), markupOf(el));
}

/**
 * The same judgement from what is already read. A page scan reads every element's class but the markup
 * of only the few elements a selector query finds (each DOM read counts on a page of 50,000 elements).
 */
export function roleFrom(cls: string, markup: Markup = NO_MARKUP): Role {
  const { itemprop } = markup;
  if (markup.cite || itemprop === 'author' || itemprop === 'creator') return 'author';
  if (itemprop === 'reviewBody' || itemprop === 'commentText' || itemprop === 'text') return 'body';
  return (cls ? roleOfClass(cls) : undefined) ?? (markup.authorLink ? 'author' : undefined);
}

/** The class attribute ('' when absent). `className` is a plain property read, cheaper than getAttribute; SVG has an object there. */
export function classOf(el: Element): string {
  const name = (el as HTMLElement).className;
  return typeof name === 'string' ? name : (el.getAttribute('class') ?? '');
}

export function looksLikeAuthor(el: Element): boolean {
  return roleOf(el) === 'author';
}

const isOwnerClass = memoByString((cls: string) => OWNER_CLASS.test(cls));

export function isOwnerReply(el: Element, cls = classOf(el)): boolean {
  return cls !== '' && isOwnerClass(cls);
}

export function isSystemAuthor(name: string): boolean {
  return SYSTEM_AUTHOR.test(name);
}

/** An author's display name from its element: "Имя пишет:" → "Имя"; empty or sentence-long → undefined. */
export function authorName(el: Element): string | undefined {
  const text = collapseWhitespace(el.textContent ?? '');
  const wrote = WROTE_SUFFIX.exec(text);
  const name = wrote ? text.slice(0, wrote.index).trimEnd() : text;
  if (!name || name.length > 80 || hasMoreWordsThan(name, MAX_NAME_WORDS)) return undefined;
  return name;
}

/** Words of a whitespace-collapsed text, counted by its spaces (no array built). */
function hasMoreWordsThan(text: string, words: number): boolean {
  let at = -1;
  for (let spaces = 0; spaces < words; spaces++) {
    at = text.indexOf(' ', at + 1);
    if (at < 0) return false;
  }
  return true;
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
