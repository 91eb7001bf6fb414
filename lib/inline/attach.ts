/**
 * Inline warnings in the page's own reply box, like a spell checker: attaches to the box the agent
 * focuses, lints as they type, underlines, explains in a tooltip and applies fixes through input events.
 * It never edits the page's DOM (overlays live in Tactful's shadow root, contenteditable underlines are CSS
 * highlights), never moves the caret, and takes no pointer events except on its own tooltip and badge:
 * hovering is hit-tested from mousemove coordinates so clicks and selection always reach the box.
 */
import { getTactfulRoot, isTactfulNode } from '../page/host';
import type { Language } from '../taxonomy';
import type { Diagnostic, Fix, LintContext } from '../types';
import { applyFix } from './apply-fix';
import { isTextField, lintableBox, type LintBox } from './editable';
import { adoptHighlightStyles, highlightsSupported } from './highlights';
import { EditableRenderer, FieldRenderer } from './renderers';
import { BoxSession, type CreateLinter } from './session';
import type { InlineUi, InlineUiFactory } from './ui';
import { windowOf, type PageWindow } from './view';

export interface InlineLintOptions {
  /** The incremental linter of lib/lint; each focused box gets its own. */
  createLinter: CreateLinter;
  /** The review a box answers (language, category, flags, customer name); undefined: detect from the text. */
  contextFor(box: HTMLElement): LintContext | undefined;
  uiLanguage: Language;
  onOpenPanel(replyText: string, box: HTMLElement): void;
  onDisableSite(): void;
  signal?: AbortSignal;
  /** Called after each repaint of a box's underlines (tests and benchmarks time it). */
  onUpdate?(box: HTMLElement, diagnostics: readonly Diagnostic[]): void;
}

/** An update slower than this would delay the next keystroke's frame: later ones wait for a frame. */
const SYNC_BUDGET_MS = 4;
/** Time to move the pointer from a mark onto its tooltip. */
const HOVER_GRACE_MS = 300;
const NAVIGATION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

export function attachInline(doc: Document, options: InlineLintOptions, createUi: InlineUiFactory): void {
  const controller = new InlineController(doc, options, createUi);
  controller.start();
}

class InlineController {
  private readonly view: PageWindow;
  private readonly abort = new AbortController();
  private session: BoxSession | undefined;
  private ui: InlineUi | undefined;
  private root: ShadowRoot | undefined;
  private unadoptDocumentStyles: (() => void) | undefined;
  private boxObserver: ResizeObserver | undefined;
  private textObserver: MutationObserver | undefined;
  /** The context the session's linter has, to notice when a refocus brings a different one. */
  private contextKey = '';
  private coalesce = false;
  private updateFrame = 0;
  private repositionFrame = 0;
  private hoverFrame = 0;
  private hoverHideTimer = 0;
  private tooltipVia: 'hover' | 'caret' | undefined;
  /** A caret tooltip closed with Escape stays closed until the caret leaves that diagnostic. */
  private dismissed: Diagnostic | undefined;

  constructor(
    private readonly doc: Document,
    private readonly options: InlineLintOptions,
    private readonly createUi: InlineUiFactory,
  ) {
    this.view = windowOf(doc);
  }

  start(): void {
    const { signal } = this.abort;
    if (this.options.signal?.aborted) return;
    this.options.signal?.addEventListener('abort', () => this.stop(), { once: true });
    const on = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void, capture = true) =>
      this.doc.addEventListener(type, this.guard(handler), { capture, passive: type !== 'keydown', signal });
    on('focusin', (event) => this.onFocus(event));
    // Text fields report edits with input events; contenteditable editors through the MutationObserver below.
    on('input', (event) => {
      if (this.session && isTextField(this.session.box)) this.ifInBox(event, () => this.onInput());
    });
    // Typing into a mark does not open its tooltip; moving the caret there on purpose (arrows, a click) does.
    on('selectionchange', () => this.onCaretMoved(false));
    on('keyup', (event) => this.ifInBox(event, () => this.onCaretMoved(NAVIGATION_KEYS.has(event.key))));
    on('mouseup', (event) => this.ifInBox(event, () => this.onCaretMoved(true)));
    on('keydown', (event) => this.onKeyDown(event));
    on('mousemove', (event) => this.onMouseMove(event));
    on('scroll', () => this.scheduleReposition(false));
    this.view.addEventListener('resize', this.guard(() => this.scheduleReposition(true)), { passive: true, signal });
    this.doc.fonts?.addEventListener('loadingdone', this.guard(() => this.scheduleReposition(true)), { signal });
    // The loader starts us on the first focus, so the box may already be focused.
    this.attachTo(lintableBox(deepActiveElement(this.doc)));
  }

  private stop(): void {
    this.abort.abort();
    this.detach();
    this.ui?.destroy();
    this.ui = undefined;
    this.unadoptDocumentStyles?.();
    this.unadoptDocumentStyles = undefined;
  }

  /** Event handlers run inside the host page: an error is reported, never thrown into it. */
  private guard<A extends unknown[]>(handler: (...args: A) => void): (...args: A) => void {
    return (...args) => {
      try {
        handler(...args);
      } catch (error) {
        console.warn('Tactful: inline warnings hit an error:', error);
      }
    };
  }

  private ifInBox(event: Event, then: () => void): void {
    const box = this.session?.box;
    if (box && event.composedPath().includes(box)) then();
  }

  private onFocus(event: FocusEvent): void {
    const target = event.composedPath()[0] ?? null;
    if (target instanceof this.view.Node && isTactfulNode(target)) return;
    const box = lintableBox(target);
    if (box) this.attachTo(box);
    else if (this.tooltipVia === 'caret') this.hideTooltip();
  }

  private attachTo(box: LintBox | null): void {
    if (!box) return;
    if (box === this.session?.box) return this.refreshContext(this.session);
    this.detach();
    if (!this.root?.host.isConnected) {
      // First box, or the page's framework replaced <body> and took Tactful's host with it.
      this.ui?.destroy();
      this.ui = undefined;
      this.root = getTactfulRoot(this.doc);
    }
    const root = this.root;
    const renderer = isTextField(box) ? new FieldRenderer(box, root) : this.editableRenderer(box);
    if (!renderer) return;
    const context = this.contextOf(box);
    this.contextKey = JSON.stringify(context);
    this.session = new BoxSession(box, renderer, this.options.createLinter(context));
    this.ui ??= this.createUi(root, {
      applyFix: (diagnostic, fix) => this.applyFix(diagnostic, fix),
      returnFocus: () => this.session?.box.focus({ preventScroll: true }),
      openPanel: () => this.session && this.options.onOpenPanel(this.session.text ?? '', this.session.box),
      disableSite: () => {
        this.options.onDisableSite();
        this.stop();
      },
    });
    const boxObserver = new this.view.ResizeObserver(this.guard(() => this.scheduleReposition(true)));
    boxObserver.observe(box);
    this.boxObserver = boxObserver;
    if (!isTextField(box)) {
      // Rich editors (Lexical, Draft.js) cancel the native input and render the text themselves, so no
      // input event tells us the text changed; the mutations do.
      const textObserver = new this.view.MutationObserver(this.guard(() => this.onInput()));
      textObserver.observe(box, { subtree: true, childList: true, characterData: true });
      this.textObserver = textObserver;
    }
    this.reposition(true);
    this.runUpdate();
  }

  private contextOf(box: LintBox): LintContext {
    return { uiLanguage: this.options.uiLanguage, ...this.options.contextFor(box) };
  }

  /** Coming back to a box: the review it answers may have been detected (or picked in the panel) since. */
  private refreshContext(session: BoxSession): void {
    const context = this.contextOf(session.box);
    const key = JSON.stringify(context);
    if (key === this.contextKey) return;
    this.contextKey = key;
    session.setContext(context);
    this.afterRepaint(session);
  }

  private editableRenderer(host: HTMLElement): EditableRenderer | undefined {
    if (!highlightsSupported(this.doc)) return undefined;
    this.unadoptDocumentStyles ??= adoptHighlightStyles(this.doc);
    return new EditableRenderer(host);
  }

  private detach(): void {
    this.boxObserver?.disconnect();
    this.textObserver?.disconnect();
    this.boxObserver = this.textObserver = undefined;
    this.view.cancelAnimationFrame(this.updateFrame);
    this.updateFrame = 0;
    this.hideTooltip();
    this.ui?.badge.hide();
    this.session?.destroy();
    this.session = undefined;
  }

  private onInput(): void {
    if (!this.coalesce) return this.runUpdate();
    this.updateFrame ||= this.view.requestAnimationFrame(this.guard(() => {
      this.updateFrame = 0;
      this.runUpdate();
    }));
  }

  private runUpdate(): void {
    const session = this.session;
    if (!session) return;
    if (!session.box.isConnected) return this.detach();
    const started = this.view.performance.now();
    const changed = session.update();
    this.coalesce = this.view.performance.now() - started > SYNC_BUDGET_MS;
    if (changed) this.afterRepaint(session);
  }

  /** DOM writes happened; everything that reads layout (badge, scroll, tooltip) waits for the next frame. */
  private afterRepaint(session: BoxSession): void {
    this.scheduleReposition(false);
    this.options.onUpdate?.(session.box, session.all);
  }

  private origin(): DOMRect {
    return (this.root!.host as HTMLElement).getBoundingClientRect();
  }

  private placeBadge(): void {
    const session = this.session;
    if (!session || !this.ui) return;
    this.ui.badge.place(session.all, session.replyLevel, session.box.getBoundingClientRect(), this.origin());
  }

  private scheduleReposition(restyle: boolean): void {
    if (!this.session) return;
    if (this.tooltipVia === 'hover') this.hideTooltip();
    this.repositionFrame ||= this.view.requestAnimationFrame(this.guard(() => {
      this.repositionFrame = 0;
      this.reposition(restyle);
    }));
  }

  private reposition(restyle: boolean): void {
    const session = this.session;
    if (!session) return;
    if (!session.box.isConnected) return this.detach();
    session.renderer.reposition(this.origin(), restyle);
    this.placeBadge();
    if (this.tooltipVia === 'caret') this.showAtIndex(session.indexAtCaret(), 'caret');
  }

  private onCaretMoved(onPurpose: boolean): void {
    const session = this.session;
    if (!session || !this.ui) return;
    const active = deepActiveElement(this.doc);
    // The agent went into the tooltip (Alt+Enter, Tab): the caret did not leave the warning.
    if (active instanceof this.view.Node && isTactfulNode(active)) return;
    const index = active === session.box ? session.indexAtCaret() : -1;
    const diagnostic = session.diagnostics[index];
    if (this.dismissed && this.dismissed !== diagnostic) this.dismissed = undefined;
    if (!diagnostic || diagnostic === this.dismissed) {
      if (this.tooltipVia === 'caret') this.hideTooltip();
      return;
    }
    if (onPurpose || this.tooltipVia === 'caret') this.showAtIndex(index, 'caret');
  }

  private onMouseMove(event: MouseEvent): void {
    if (!this.session || !this.ui) return;
    if (this.ui.tooltip.holds(event)) {
      this.view.clearTimeout(this.hoverHideTimer);
      return;
    }
    const { clientX, clientY } = event;
    this.hoverFrame ||= this.view.requestAnimationFrame(this.guard(() => {
      this.hoverFrame = 0;
      this.hoverAt(clientX, clientY);
    }));
  }

  private hoverAt(x: number, y: number): void {
    const session = this.session;
    if (!session) return;
    const index = session.renderer.markAt(x, y);
    if (index >= 0) {
      this.view.clearTimeout(this.hoverHideTimer);
      if (this.ui?.tooltip.shown !== session.diagnostics[index]) this.showAtIndex(index, 'hover', { x, y });
    } else if (this.tooltipVia === 'hover') {
      this.view.clearTimeout(this.hoverHideTimer);
      this.hoverHideTimer = this.view.setTimeout(this.guard(() => this.hideTooltip()), HOVER_GRACE_MS);
    }
  }

  private showAtIndex(index: number, via: 'hover' | 'caret', pointer?: { x: number; y: number }): void {
    const session = this.session;
    const diagnostic = session?.diagnostics[index];
    const rects = session?.renderer.markRects(index) ?? [];
    if (!diagnostic || rects.length === 0 || !this.ui) {
      if (this.tooltipVia === via) this.hideTooltip();
      return;
    }
    const anchor =
      (pointer && rects.find((r) => pointer.x >= r.left && pointer.x <= r.right && pointer.y <= r.bottom + 4)) ?? rects[0]!;
    this.ui.tooltip.show(diagnostic, anchor, this.origin());
    this.tooltipVia = via;
  }

  private hideTooltip(): void {
    this.view.clearTimeout(this.hoverHideTimer);
    this.ui?.tooltip.hide();
    this.tooltipVia = undefined;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const shown = this.ui?.tooltip.shown;
    if (!shown || !this.ui) return;
    if (event.key === 'Escape') {
      const fromTooltip = this.ui.tooltip.holds(event);
      this.dismissed = shown;
      this.hideTooltip();
      if (fromTooltip) this.session?.box.focus({ preventScroll: true });
      event.preventDefault();
      event.stopPropagation();
    } else if (event.key === 'Enter' && event.altKey && !this.ui.tooltip.holds(event)) {
      // Alt+Enter from the box reaches the fixes without the mouse (the tooltip sits outside the tab order).
      this.ui.tooltip.focusFirstAction();
      event.preventDefault();
      event.stopPropagation();
    }
  }

  private applyFix(diagnostic: Diagnostic, fix: Fix): void {
    const session = this.session;
    if (!session) return;
    this.hideTooltip();
    applyFix(session.box, { start: diagnostic.start, end: diagnostic.end, replacement: fix.replacement })
      .then((applied) => {
        if (!applied) console.warn('Tactful: the page’s editor did not take the fix; the text is unchanged or differs.');
        if (this.session === session) this.runUpdate();
      })
      .catch((error: unknown) => console.warn('Tactful: applying the fix failed:', error));
  }
}

/** The focused element, looking through open shadow roots (editors inside web components). */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
