/**
 * Underlines in contenteditable editors through the CSS Custom Highlight API: ranges registered under
 * `tactful-<severity>` names are painted by the browser, so the editor's DOM is never touched (editors such
 * as Lexical, ProseMirror and Draft.js re-render or fight any node we would add).
 */
import type { Severity } from '../types';
import { windowOf, type PageWindow } from './view';

export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  error: 'tactful-error',
  warning: 'tactful-warning',
  info: 'tactful-info',
};
const PRIORITY: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * `::highlight()` rules only apply from a stylesheet of the tree that holds the text: a rule inside
 * Tactful's shadow root would never reach the page's editor. So this one minimal sheet is adopted by the
 * document (or the editor's shadow root), and it styles nothing but our highlight names.
 */
export const HIGHLIGHT_CSS = `
::highlight(tactful-error) { text-decoration: underline wavy #d93025; text-decoration-thickness: 1.5px; text-underline-offset: 3px; text-decoration-skip-ink: none; }
::highlight(tactful-warning) { text-decoration: underline wavy #e8710a; text-decoration-thickness: 1.5px; text-underline-offset: 3px; text-decoration-skip-ink: none; }
::highlight(tactful-info) { text-decoration: underline dotted #1a73e8; text-decoration-thickness: 2px; text-underline-offset: 3px; text-decoration-skip-ink: none; }
`;

export function highlightsSupported(doc: Document): boolean {
  const view = doc.defaultView as Partial<PageWindow> | null;
  return Boolean(view?.Highlight && view.CSS && 'highlights' in view.CSS);
}

/**
 * Adopts the highlight stylesheet into `scope` (a document, or the shadow root an editor lives in).
 * Adopted sheets leave no node in the page's DOM for its framework to trip over; where adopting is not
 * allowed (some content-script sandboxes) a single <style> holding only the rules above is used instead.
 * Returns the undo.
 */
export function adoptHighlightStyles(scope: Document | ShadowRoot): () => void {
  const isDocument = scope.nodeType === 9;
  const doc = isDocument ? (scope as Document) : (scope as ShadowRoot).ownerDocument;
  const view = windowOf(doc);
  try {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
    return () => {
      scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch (error) {
    console.warn('Tactful: adopting the highlight styles failed, using a <style> element:', error);
    const style = doc.createElement('style');
    style.dataset.tactful = 'highlights';
    style.textContent = HIGHLIGHT_CSS;
    (isDocument ? (doc.head ?? doc.documentElement) : scope).appendChild(style);
    return () => style.remove();
  }
}

/**
 * One editor's share of the document-wide highlights: each repaint removes this painter's old ranges
 * and adds the new ones, so several editors can be underlined at once.
 */
export class HighlightPainter {
  private readonly view: PageWindow;
  private painted: { range: Range; severity: Severity }[] = [];

  constructor(doc: Document) {
    this.view = windowOf(doc);
  }

  private highlight(severity: Severity): Highlight {
    const registry = this.view.CSS.highlights;
    const name = HIGHLIGHT_NAMES[severity];
    let highlight = registry.get(name);
    if (!highlight) {
      highlight = new this.view.Highlight();
      highlight.priority = PRIORITY[severity];
      registry.set(name, highlight);
    }
    return highlight;
  }

  paint(marks: { range: Range; severity: Severity }[]): void {
    this.clear();
    for (const mark of marks) this.highlight(mark.severity).add(mark.range);
    this.painted = marks;
  }

  clear(): void {
    for (const mark of this.painted) this.highlight(mark.severity).delete(mark.range);
    this.painted = [];
  }
}
