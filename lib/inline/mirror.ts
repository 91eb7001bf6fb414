/**
 * Underlines for <textarea> and <input>: their text cannot be highlighted, so a transparent copy (a mirror)
 * with the field's font, padding and wrapping is laid exactly over it inside Tactful's shadow root, and the
 * marked spans of the copy carry the underlines. The mirror follows the field's scroll, size, font and zoom;
 * it takes no pointer events, so clicks and selection go to the field underneath.
 */
import type { Severity } from '../types';
import type { TextField } from './editable';
import { ensureShadowStyle } from './shadow-style';

export interface Mark {
  start: number;
  end: number;
  severity: Severity;
}

const MIRROR_CSS = `
.tactful-mirror { position: absolute; top: 0; left: 0; overflow: hidden; pointer-events: none; color: transparent;
  box-sizing: border-box; border: 0 solid transparent; margin: 0; background: none; z-index: 1;
  contain: strict; }
[data-tactful="mark"] { text-decoration-line: underline; text-decoration-skip-ink: none; text-decoration-thickness: 1.5px;
  text-underline-offset: 3px; text-decoration-style: wavy; }
[data-tactful="mark"][data-severity="error"] { text-decoration-color: #d93025; }
[data-tactful="mark"][data-severity="warning"] { text-decoration-color: #e8710a; }
[data-tactful="mark"][data-severity="info"] { text-decoration-color: #1a73e8; text-decoration-style: dotted; text-decoration-thickness: 2px; }
`;

/** What decides where the field's glyphs fall. */
const COPIED = [
  'direction', 'font-family', 'font-size', 'font-size-adjust', 'font-stretch', 'font-style', 'font-variant',
  'font-weight', 'font-feature-settings', 'font-kerning', 'font-variation-settings', 'letter-spacing', 'line-height',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'tab-size', 'text-align', 'text-indent',
  'text-rendering', 'text-transform', 'word-spacing', 'word-break', 'overflow-wrap', 'white-space', 'hyphens',
] as const;

/** Pixels below a mark's box that still count as hovering it (the wavy line hangs under the text). */
const HOVER_SLACK = 4;

export class FieldMirror {
  readonly element: HTMLDivElement;
  private readonly field: TextField;
  private readonly isInput: boolean;
  private marks: HTMLElement[] = [];

  constructor(field: TextField, root: ShadowRoot) {
    this.field = field;
    this.isInput = field.tagName === 'INPUT';
    ensureShadowStyle(root, 'mirror', MIRROR_CSS);
    this.element = root.ownerDocument.createElement('div');
    this.element.className = 'tactful-mirror';
    this.element.setAttribute('aria-hidden', 'true');
    root.appendChild(this.element);
    this.syncStyle();
  }

  /** Copies the field's typography; call when it may have changed (focus, resize, zoom, font load). */
  syncStyle(): void {
    const computed = this.field.ownerDocument.defaultView!.getComputedStyle(this.field);
    const style = this.element.style;
    for (const property of COPIED) style.setProperty(property, computed.getPropertyValue(property));
    if (this.isInput) {
      // A single line, vertically centred in the content box and clipped to it, like the input's own text.
      const content = this.field.clientHeight - parseFloat(computed.paddingTop) - parseFloat(computed.paddingBottom);
      style.whiteSpace = 'pre';
      style.lineHeight = `${Math.max(content, 0)}px`;
      style.clipPath = `inset(0 ${computed.paddingRight} 0 ${computed.paddingLeft})`;
    }
  }

  /** Lays the mirror over the field's padding box; `origin` is the client rect of Tactful's host element. */
  syncPosition(origin: DOMRect): void {
    const field = this.field;
    const rect = field.getBoundingClientRect();
    const style = this.element.style;
    const left = rect.left - origin.left + field.clientLeft;
    const top = rect.top - origin.top + field.clientTop;
    style.transform = `translate(${left}px, ${top}px)`;
    style.width = `${field.clientWidth}px`;
    style.height = `${field.clientHeight}px`;
    style.display = rect.width === 0 && rect.height === 0 ? 'none' : '';
    this.syncScroll();
  }

  syncScroll(): void {
    this.element.scrollTop = this.field.scrollTop;
    this.element.scrollLeft = this.field.scrollLeft;
  }

  /**
   * Rebuilds the copy of `text` with one marked span per mark (sorted, not overlapping, within the text).
   * Writes only: the scroll is synced from the field's scroll event and the next frame, so a keystroke
   * never forces an extra layout.
   */
  render(text: string, marks: Mark[]): void {
    const doc = this.element.ownerDocument;
    const fragment = doc.createDocumentFragment();
    const spans: HTMLElement[] = [];
    let at = 0;
    for (const mark of marks) {
      if (mark.start > at) fragment.append(text.slice(at, mark.start));
      const span = doc.createElement('span');
      span.dataset.tactful = 'mark';
      span.dataset.severity = mark.severity;
      span.textContent = text.slice(mark.start, mark.end);
      fragment.append(span);
      spans.push(span);
      at = mark.end;
    }
    // The zero-width space keeps a trailing newline's empty last line, as the field shows it.
    fragment.append(`${text.slice(at)}\u200b`);
    this.element.replaceChildren(fragment);
    this.marks = spans;
  }

  /** Client rects of the i-th rendered mark (the order of `render`'s kept marks). */
  markRects(index: number): DOMRect[] {
    const span = this.marks[index];
    return span ? [...span.getClientRects()] : [];
  }

  /** Index of the mark under the client point (x, y), or -1. */
  markAt(x: number, y: number): number {
    const visible = this.element.getBoundingClientRect();
    if (x < visible.left || x > visible.right || y < visible.top || y > visible.bottom + HOVER_SLACK) return -1;
    return this.marks.findIndex((span) =>
      [...span.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom + HOVER_SLACK),
    );
  }

  destroy(): void {
    this.element.remove();
    this.marks = [];
  }
}
