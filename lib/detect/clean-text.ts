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

/** The same notes when they sit at the start or end of a longer text node. */
const EDGE_NOISE =
  /(^\s*\(?(translated by google|переведено google|перекладено google|преведено от google)\)?\s*)|(\s*(…|\.\.\.)?\s*(read more|show more|see more|показать полностью|читать (далее|дальше)|ещё|показати повністю|прочети още)\s*$)/i;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

export interface CleanTextOptions {
  /** Parts of the element that are not the review (owner replies, titles). */
  exclude?: string;
}

/** The element's visible text with whitespace collapsed, controls and notes removed. */
export function cleanText(el: Element, options: CleanTextOptions = {}): string {
  const parts: string[] = [];
  collect(el, options.exclude, parts);
  return collapseWhitespace(parts.join('').replace(EDGE_NOISE, ''));
}

function collect(node: Element, exclude: string | undefined, parts: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const data = (child as Text).data;
      const trimmed = data.trim().toLowerCase();
      if (trimmed.length > 0 && trimmed.length < 25 && NOISE_PHRASES.has(trimmed)) continue;
      parts.push(data);
    } else if (child.nodeType === 1) {
      const el = child as Element;
      if (SKIPPED_TAGS.has(el.tagName) || isHidden(el) || el.getAttribute('role') === 'button') continue;
      if (exclude && el.matches(exclude)) continue;
      const block = BLOCK_TAGS.has(el.tagName);
      if (block) parts.push(' ');
      collect(el, exclude, parts);
      if (block) parts.push(' ');
    }
  }
}

export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Text of the first element matching `selector` inside `root` (or undefined when absent or empty). */
export function textOf(root: ParentNode, selector: string, options?: CleanTextOptions): string | undefined {
  const el = root.querySelector(selector);
  if (!el) return undefined;
  return cleanText(el, options) || undefined;
}
