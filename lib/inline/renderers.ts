/**
 * How one kind of box is read and underlined: text fields through a mirror overlay, contenteditable
 * editors through CSS highlights. Both draw the same sorted, non-overlapping marks, so the i-th mark is
 * the i-th diagnostic the session keeps.
 */
import type { TextField } from './editable';
import { adoptHighlightStyles, HighlightPainter } from './highlights';
import { FieldMirror, type Mark } from './mirror';
import { offsetAt, rangeFor, readTextModel, type TextModel } from './text-model';

export interface BoxRenderer {
  /** The box's current text, as linted and as fix offsets count it. */
  read(): string;
  paint(text: string, marks: Mark[]): void;
  markRects(index: number): DOMRect[];
  markAt(x: number, y: number): number;
  /** Offset of a collapsed caret inside the box, or null. */
  caretOffset(): number | null;
  /** Follows the box after scrolls, resizes, zoom and font changes; `origin` is the host's client rect. */
  reposition(origin: DOMRect, restyle: boolean): void;
  destroy(): void;
}

export class FieldRenderer implements BoxRenderer {
  private readonly mirror: FieldMirror;

  constructor(
    private readonly field: TextField,
    root: ShadowRoot,
  ) {
    this.mirror = new FieldMirror(field, root);
    field.addEventListener('scroll', this.onScroll, { passive: true });
  }

  private readonly onScroll = () => this.mirror.syncScroll();

  read(): string {
    return this.field.value;
  }

  paint(text: string, marks: Mark[]): void {
    this.mirror.render(text, marks);
  }

  markRects(index: number): DOMRect[] {
    return this.mirror.markRects(index);
  }

  markAt(x: number, y: number): number {
    return this.mirror.markAt(x, y);
  }

  caretOffset(): number | null {
    const { selectionStart, selectionEnd } = this.field;
    return selectionStart !== null && selectionStart === selectionEnd ? selectionStart : null;
  }

  reposition(origin: DOMRect, restyle: boolean): void {
    if (restyle) this.mirror.syncStyle();
    this.mirror.syncPosition(origin);
  }

  destroy(): void {
    this.field.removeEventListener('scroll', this.onScroll);
    this.mirror.destroy();
  }
}

export class EditableRenderer implements BoxRenderer {
  private readonly painter: HighlightPainter;
  private model: TextModel = { text: '', nodes: [], starts: [] };
  private ranges: Range[] = [];
  private readonly unadopt: (() => void) | undefined;

  constructor(private readonly host: HTMLElement) {
    this.painter = new HighlightPainter(host.ownerDocument);
    // The document's sheet is adopted once by attach.ts; an editor in a shadow tree needs its own.
    const scope = host.getRootNode();
    this.unadopt = scope.nodeType === 11 ? adoptHighlightStyles(scope as ShadowRoot) : undefined;
  }

  read(): string {
    this.model = readTextModel(this.host);
    return this.model.text;
  }

  paint(_text: string, marks: Mark[]): void {
    const painted: { range: Range; severity: Mark['severity'] }[] = [];
    this.ranges = [];
    for (const mark of marks) {
      const range = rangeFor(this.model, mark.start, mark.end);
      // A mark the DOM cannot hold any more keeps its slot so indices still match the session's marks.
      this.ranges.push(range ?? this.host.ownerDocument.createRange());
      if (range) painted.push({ range, severity: mark.severity });
    }
    this.painter.paint(painted);
  }

  markRects(index: number): DOMRect[] {
    const range = this.ranges[index];
    return range ? [...range.getClientRects()] : [];
  }

  markAt(x: number, y: number): number {
    const box = this.host.getBoundingClientRect();
    if (x < box.left || x > box.right || y < box.top || y > box.bottom) return -1;
    return this.ranges.findIndex((range) =>
      [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom + 4),
    );
  }

  caretOffset(): number | null {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const selection =
      'getSelection' in root && typeof root.getSelection === 'function'
        ? (root.getSelection() as Selection | null)
        : this.host.ownerDocument.getSelection();
    if (!selection?.isCollapsed || !selection.anchorNode || !this.host.contains(selection.anchorNode)) return null;
    return offsetAt(this.model, selection.anchorNode, selection.anchorOffset);
  }

  reposition(): void {
    // Highlights belong to the text itself: the browser moves them with it.
  }

  destroy(): void {
    this.painter.clear();
    this.unadopt?.();
  }
}
