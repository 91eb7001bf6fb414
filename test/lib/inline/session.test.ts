// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { BoxRenderer } from '../../../lib/inline/renderers';
import { BoxSession, isReplyLevel, visibleDiagnostics } from '../../../lib/inline/session';
import type { Diagnostic, LintContext } from '../../../lib/types';

const diagnostic = (start: number, end: number, severity: Diagnostic['severity'], rule = 'r'): Diagnostic => ({
  rule,
  class: 'blame_customer',
  severity,
  start,
  end,
  message: 'This blames the customer.',
  fixes: [],
});

describe('visibleDiagnostics: one underline per span', () => {
  const text = 'Hi Maria, sorry about the cake. Honestly, that was your own fault, you chose Saturday.';
  const at = (phrase: string) => [text.indexOf(phrase), text.indexOf(phrase) + phrase.length] as const;

  it('sorts by position and drops spans outside the text', () => {
    const kept = visibleDiagnostics(
      [diagnostic(...at('you chose'), 'info'), diagnostic(...at('Maria'), 'warning'), diagnostic(80, 120, 'error')],
      text,
    );
    expect(kept.map((d) => text.slice(d.start, d.end))).toEqual(['Maria', 'you chose']);
  });

  it('keeps the more severe of two overlapping spans, then the more specific one', () => {
    const kept = visibleDiagnostics(
      [
        diagnostic(...at('Honestly, that was your own fault'), 'warning', 'dry'),
        diagnostic(...at('your own fault'), 'error', 'blame'),
        diagnostic(...at('fault, you chose Saturday'), 'error', 'blame-choice'),
        diagnostic(...at('Honestly'), 'info', 'filler'),
      ],
      text,
    );
    expect(kept.map((d) => d.rule)).toEqual(['filler', 'blame']);
  });

  it('leaves warnings about the whole reply (no fix, all the text) to the badge', () => {
    const whole = diagnostic(0, text.length, 'warning', 'structure-next-step');
    const blame = diagnostic(...at('your own fault'), 'error', 'blame');
    expect(isReplyLevel(whole, `  ${text}\n`.slice(2))).toBe(true);
    expect(isReplyLevel({ ...whole, fixes: [{ label: 'Add a next step', replacement: text }] }, text)).toBe(false);
    expect(visibleDiagnostics([whole, blame], text).map((d) => d.rule)).toEqual(['blame']);
  });
});

class FakeRenderer implements BoxRenderer {
  text = '';
  caret: number | null = null;
  painted: number[][] = [];
  read = () => this.text;
  paint = (_text: string, marks: { start: number; end: number }[]) => void this.painted.push(marks.map((m) => m.start));
  markRects = () => [];
  markAt = () => -1;
  caretOffset = () => this.caret;
  reposition = () => undefined;
  destroy = () => undefined;
}

/** A test double of lib/lint's incremental linter: flags "your fault" and counts its calls. */
function phraseLinter() {
  const calls: string[] = [];
  const contexts: LintContext[] = [];
  return {
    calls,
    contexts,
    update(text: string) {
      calls.push(text);
      const at = text.indexOf('your fault');
      return at < 0 ? [] : [diagnostic(at, at + 'your fault'.length, 'error')];
    },
    setContext: (context: LintContext) => void contexts.push(context),
  };
}

describe('BoxSession', () => {
  it('lints and repaints only when the text changed', () => {
    const renderer = new FakeRenderer();
    const linter = phraseLinter();
    const session = new BoxSession(document.createElement('textarea'), renderer, linter);
    renderer.text = 'Sorry, that was your fault.';
    expect(session.update()).toBe(true);
    expect(session.update()).toBe(false);
    expect(linter.calls).toHaveLength(1);
    expect(renderer.painted).toEqual([[16]]);
  });

  it('finds the diagnostic under the caret, its edges included', () => {
    const renderer = new FakeRenderer();
    const session = new BoxSession(document.createElement('textarea'), renderer, phraseLinter());
    renderer.text = 'Sorry, that was your fault.';
    session.update();
    for (const [caret, expected] of [[15, -1], [16, 0], [21, 0], [26, 0], [27, -1]] as const) {
      renderer.caret = caret;
      expect(session.indexAtCaret()).toBe(expected);
    }
    renderer.caret = null;
    expect(session.indexAtCaret()).toBe(-1);
  });

  it('relints with a new context even when the text is the same', () => {
    const renderer = new FakeRenderer();
    const linter = phraseLinter();
    const session = new BoxSession(document.createElement('textarea'), renderer, linter);
    renderer.text = 'Hi Maria';
    session.update();
    session.setContext({ language: 'en', customerName: 'Maria' });
    expect(linter.contexts).toEqual([{ language: 'en', customerName: 'Maria' }]);
    expect(linter.calls).toHaveLength(2);
  });
});
