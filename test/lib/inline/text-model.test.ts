// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { offsetAt, rangeFor, readTextModel } from '../../../lib/inline/text-model';

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true">${html}</div>`;
  return document.body.firstElementChild as HTMLElement;
}

function underline(root: HTMLElement, phrase: string): string {
  const model = readTextModel(root);
  const start = model.text.indexOf(phrase);
  expect(start).toBeGreaterThanOrEqual(0);
  return rangeFor(model, start, start + phrase.length)?.toString() ?? '';
}

describe('readTextModel: the text of rich editors as the linter sees it', () => {
  it('reads Lexical paragraphs, with an empty paragraph as a blank line', () => {
    const root = editor(
      '<p dir="ltr"><span data-lexical-text="true">Hello Maria.</span></p><p><br></p>' +
        '<p dir="ltr"><span data-lexical-text="true">That was your own fault.</span></p>',
    );
    expect(readTextModel(root).text).toBe('Hello Maria.\n\nThat was your own fault.\n');
  });

  it('reads Draft.js blocks and keeps sentences of different blocks apart', () => {
    const root = editor(
      '<div data-contents="true"><div data-block="true" data-offset-key="a-0-0"><div data-offset-key="a-0-0">' +
        '<span data-offset-key="a-0-0"><span data-text="true">We are sorry</span></span></div></div>' +
        '<div data-block="true" data-offset-key="b-0-0"><div data-offset-key="b-0-0">' +
        '<span data-offset-key="b-0-0"><span data-text="true">you should have read the terms.</span></span></div></div></div>',
    );
    expect(readTextModel(root).text).toBe('We are sorry\nyou should have read the terms.\n');
  });

  it('does not double the line of a ProseMirror trailing break', () => {
    const root = editor('<p>Hi Maria,<br class="ProseMirror-trailingBreak"></p><p>sorry about the cake.</p>');
    expect(readTextModel(root).text).toBe('Hi Maria,\nsorry about the cake.\n');
  });

  it('skips script and style elements and hidden nodes', () => {
    const root = editor('<p>Thank you<style>p{}</style><span hidden>secret</span> for writing.</p>');
    expect(readTextModel(root).text).toBe('Thank you for writing.\n');
  });
});

describe('rangeFor: linted offsets back to DOM ranges', () => {
  it('covers a phrase split over formatting nodes', () => {
    const root = editor('<p>That was <strong>your</strong> <em>own</em> fault, sorry.</p>');
    expect(underline(root, 'your own fault')).toBe('your own fault');
  });

  it('counts UTF-16 units, so emoji and combining marks before the phrase do not shift it', () => {
    const root = editor('<p>Sorry 😞 Zoe\u0301, it was <b>your</b> fault.</p>');
    expect(underline(root, 'your fault')).toBe('your fault');
  });

  it('maps offsets in a later paragraph', () => {
    const root = editor('<p>Hi Olga,</p><p>вы сами виноваты в задержке.</p>');
    expect(underline(root, 'сами виноваты')).toBe('сами виноваты');
  });

  it('gives null when the text is gone from the DOM', () => {
    const root = editor('<p>your fault</p>');
    const model = readTextModel(root);
    root.innerHTML = '<p>changed</p>';
    expect(rangeFor(model, 0, 4)).toBeNull();
  });
});

describe('offsetAt: where the caret is in the linted text', () => {
  it('reads a caret inside a text node', () => {
    const root = editor('<p>Hi Maria,</p><p>that was your fault.</p>');
    const model = readTextModel(root);
    const second = root.querySelectorAll('p')[1]!.firstChild!;
    expect(offsetAt(model, second, 5)).toBe(model.text.indexOf('that was') + 5);
  });

  it('reads a caret given as an element position (before a child)', () => {
    const root = editor('<p>Hi Maria,</p><p>that was your fault.</p>');
    const model = readTextModel(root);
    expect(offsetAt(model, root, 1)).toBe(model.text.indexOf('that'));
    expect(offsetAt(model, root, 2)).toBe(model.text.indexOf('fault.') + 'fault.'.length);
  });
});
