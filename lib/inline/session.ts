/** One reply box being linted: its own incremental linter, its renderer and the diagnostics on show. */
import type { Diagnostic, LintContext, Severity } from '../types';
import type { LintBox } from './editable';
import type { BoxRenderer } from './renderers';

/** The incremental linter of lib/lint (createLinter): unchanged sentences are not linted again. */
export interface IncrementalLinter {
  update(text: string): Diagnostic[];
  setContext(context: LintContext): void;
}
export type CreateLinter = (context: LintContext) => IncrementalLinter;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * A diagnostic about the reply as a whole ("no next step offered"): it spans all of the text and has no fix.
 * Underlining every word would bury the specific warnings, so the badge lists it instead.
 */
export function isReplyLevel(diagnostic: Diagnostic, text: string): boolean {
  const start = text.length - text.trimStart().length;
  return diagnostic.fixes.length === 0 && diagnostic.start <= start && diagnostic.end >= text.trimEnd().length;
}

/**
 * The diagnostics that get an underline, sorted by position: within the text, not reply-level, and never
 * overlapping — where two overlap, the more severe wins, then the shorter (more specific) one.
 */
export function visibleDiagnostics(diagnostics: readonly Diagnostic[], text: string): Diagnostic[] {
  const candidates = diagnostics
    .filter((d) => d.start >= 0 && d.end > d.start && d.end <= text.length && !isReplyLevel(d, text))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.end - a.start - (b.end - b.start) || a.start - b.start);
  const kept: Diagnostic[] = [];
  for (const candidate of candidates) {
    if (kept.every((d) => candidate.end <= d.start || candidate.start >= d.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export class BoxSession {
  text: string | undefined;
  /** Everything the linter found (the badge counts these). */
  all: Diagnostic[] = [];
  /** The underlined ones, in text order: the i-th is the renderer's i-th mark. */
  diagnostics: Diagnostic[] = [];
  /** The ones about the whole reply (listed by the badge). */
  replyLevel: Diagnostic[] = [];

  constructor(
    readonly box: LintBox,
    readonly renderer: BoxRenderer,
    private readonly linter: IncrementalLinter,
  ) {}

  /** Lints and repaints when the text changed (or when forced). Returns whether anything was redrawn. */
  update(force = false): boolean {
    const text = this.renderer.read();
    if (!force && text === this.text) return false;
    this.text = text;
    this.all = this.linter.update(text);
    this.diagnostics = visibleDiagnostics(this.all, text);
    this.replyLevel = this.all.filter((d) => isReplyLevel(d, text));
    this.renderer.paint(text, this.diagnostics);
    return true;
  }

  setContext(context: LintContext): void {
    this.linter.setContext(context);
    this.update(true);
  }

  /** The diagnostic whose span holds the collapsed caret (its edges included). */
  indexAtCaret(): number {
    const caret = this.renderer.caretOffset();
    if (caret === null) return -1;
    return this.diagnostics.findIndex((d) => caret >= d.start && caret <= d.end);
  }

  destroy(): void {
    this.renderer.destroy();
  }
}
