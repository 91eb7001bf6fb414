/**
 * Visible text of a review, without the page's chrome: buttons, hidden parts, "Read more" links and
 * machine-translation notes. Reads only the DOM tree and inline attributes (no layout), so it stays cheap.
 */

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'SVG', 'svg', 'IFRAME', 'OBJECT',
]);

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'BR', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'SECTION', 'ARTICLE',
  'HEADER', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DL', 'DT', 'DD', 'FIGURE', 'FIGCAPTION', 'HR',
]);

/** Whole text nodes that are controls, not review text (compared lower-cased, trimmed). */
const NOISE_PHRASES = new Set([
  'read more', 'read less', 'show more', 'show less', 'see more', 'see less', '… more', '...more', 'more',
  'translated by google', 'see original', 'see translation', 'show original', 'translate review',
  'показать полностью', 'читать далее', 'читать дальше', 'читать полностью', 'ещё', 'еще', 'показать больше',
  'свернуть', 'развернуть', 'показать оригинал', 'перевести', 'переведено google', 'перевод google',
  'показати повністю', 'читати далі', 'ще', 'показати оригінал', 'перекладено google',
  'покажи още', 'виж още', 'прочети още', 'преведено от google',
]);

/** The same notes when they open or close a longer text (checked on the text's ends only). */
const LEADING_NOISE = /^\s*\(?(translated by google|переведено google|перекладено google|преведено от google)\)?\s*/i;
const TRAILING_NOISE = /\s*(read more|show more|see more|показать полностью|читать (далее|дальше)|показати повністю|прочети още)\s*(…|\.\.\.)?\s*$/i;
const TAIL = 40;
/** The last letter of every trailing note ("more", "полностью", "далее", "още"...), before dots and spaces. */
const NOISE_LAST_LETTERS = new Set(['e', 'E', 'ю', 'Ю', 'е', 'Е']);
const DOT_OR_SPACE = /[\s.…]/;

/** A cheap look at the last letter, so the regex runs only on the few texts that may end with a note. */
function mayEndWithNoise(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && DOT_OR_SPACE.test(text[i]!)) i--;
  return i >= 0 && NOISE_LAST_LETTERS.has(text[i]!);
}

function stripEdgeNoise(text: string): string {
  const head = text.replace(LEADING_NOISE, '');
  if (!mayEndWithNoise(head)) return head;
  if (head.length <= TAIL) return head.replace(TRAILING_NOISE, '');
  const cut = head.length - TAIL;
  return head.slice(0, cut) + head.slice(cut).replace(TRAILING_NOISE, '');
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

export interface CleanTextOptions {
  /** Parts of the element that are not the review (owner replies, titles): a selector or a test. */
  exclude?: string | ((el: Element) => boolean);
}

/** The element's visible text with whitespace collapsed, controls and notes removed. */
export function cleanText(el: Element, options: CleanTextOptions = {}): string {
  return textStats(el, options).text;
}

export interface TextStats {
  text: string;
  /** Characters of the text that sit inside links, and how many links there are. */
  linkedChars: number;
  links: number;
}

/** cleanText plus how much of the text is links (teaser lists are mostly links), in the same walk. */
export function textStats(el: Element, options: CleanTextOptions = {}): TextStats {
  const state: WalkState = { text: '', linkedChars: 0, links: 0 };
  collect(el, options.exclude, state, false);
  return { text: collapseWhitespace(stripEdgeNoise(state.text)), linkedChars: state.linkedChars, links: state.links };
}

interface WalkState {
  text: string;
  linkedChars: number;
  links: number;
}

/** Control labels are short: only short text nodes are looked up (and lower-cased). */
const MAX_NOISE_LENGTH = 40;

function isNoise(data: string): boolean {
  if (data.length > MAX_NOISE_LENGTH) return false;
  const trimmed = data.trim().toLowerCase().replace(/(…|\.\.\.)$/, '');
  return trimmed.length > 0 && NOISE_PHRASES.has(trimmed);
}

function collect(node: Element, exclude: CleanTextOptions['exclude'], state: WalkState, inLink: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const data = (child as Text).data;
      if (isNoise(data)) continue;
      state.text += data;
      if (inLink) state.linkedChars += data.trim().length;
    } else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.tagName;
      if (SKIPPED_TAGS.has(tag)) continue;
      if (el.hasAttributes()) {
        if (isHidden(el) || el.getAttribute('role') === 'button') continue;
        if (exclude && (typeof exclude === 'string' ? el.matches(exclude) : exclude(el))) continue;
      }
      const link = tag === 'A';
      if (link) state.links++;
      const block = BLOCK_TAGS.has(tag);
      if (block) state.text += ' ';
      collect(el, exclude, state, inLink || link);
      if (block) state.text += ' ';
    }
  }
}

/** Runs of whitespace, or any whitespace other than a plain space (newline, tab, nbsp, zero-width space). */
const UNTIDY_WHITESPACE = /\s\s|[^\S ]|\u200b/;

export function collapseWhitespace(text: string): string {
  const trimmed = text.trim();
  // Most names and short texts are already tidy; the replace is the costly part of a scan.
  return UNTIDY_WHITESPACE.test(trimmed) ? trimmed.replace(/[\s\u200b]+/g, ' ').trim() : trimmed;
}

/** Text of the first element matching `selector` inside `root` (or undefined when absent or empty). */
export function textOf(root: ParentNode, selector: string, options?: CleanTextOptions): string | undefined {
  const el = root.querySelector(selector);
  if (!el) return undefined;
  return cleanText(el, options) || undefined;
}
