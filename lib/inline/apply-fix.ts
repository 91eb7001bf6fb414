/**
 * Applies a fix the way typing would: select the span, then let the browser's own editing insert the
 * replacement (execCommand fires beforeinput/input and joins the undo stack), so React-controlled fields and
 * rich editors (Lexical, ProseMirror, Draft.js, Quill) update their own state and Ctrl+Z undoes the fix.
 */
import { isTextField, type LintBox, type TextField } from './editable';
import { rangeFor, readTextModel } from './text-model';
import { windowOf } from './view';

export interface FixEdit {
  start: number;
  end: number;
  replacement: string;
}

/** Replaces [start, end) of the box's linted text. Resolves to whether the box now holds the fixed text. */
export async function applyFix(box: LintBox, edit: FixEdit): Promise<boolean> {
  return isTextField(box) ? applyToField(box, edit) : applyToEditable(box, edit);
}

function expectedText(before: string, { start, end, replacement }: FixEdit): string {
  return before.slice(0, start) + replacement + before.slice(end);
}

function insertWithBrowser(doc: Document, replacement: string): boolean {
  // execCommand is deprecated but remains the one path through the browser's own editing and undo stack.
  return replacement === '' ? doc.execCommand('delete') : doc.execCommand('insertText', false, replacement);
}

function applyToField(field: TextField, edit: FixEdit): boolean {
  const before = field.value;
  const expected = expectedText(before, edit);
  field.focus();
  field.setSelectionRange(edit.start, edit.end);
  insertWithBrowser(field.ownerDocument, edit.replacement);
  if (field.value === before) {
    // No undo entry this way, but the page's framework still sees a real input event.
    field.setRangeText(edit.replacement, edit.start, edit.end, 'end');
    field.dispatchEvent(
      new (windowOf(field.ownerDocument).InputEvent)('input', {
        bubbles: true,
        inputType: 'insertReplacementText',
        data: edit.replacement,
      }),
    );
  }
  return field.value === expected;
}

async function applyToEditable(host: HTMLElement, edit: FixEdit): Promise<boolean> {
  const doc = host.ownerDocument;
  const view = windowOf(doc);
  const model = readTextModel(host);
  const expected = expectedText(model.text, edit);
  const range = rangeFor(model, edit.start, edit.end);
  if (!range) return false;
  host.focus({ preventScroll: true });
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  // Editors (Lexical, ProseMirror, Draft.js) read the DOM selection on `selectionchange`, a task later:
  // insert only once they know what is selected.
  await new Promise((resolve) => view.setTimeout(resolve, 0));
  insertWithBrowser(doc, edit.replacement);
  // Editors apply the change in a microtask or on their next render.
  await new Promise((resolve) => view.requestAnimationFrame(() => view.setTimeout(resolve, 0)));
  return sameText(readTextModel(host).text, expected);
}

/** Editors may normalise spaces (nbsp) or a trailing newline; the words must match. */
function sameText(actual: string, expected: string): boolean {
  const squash = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
  return squash(actual) === squash(expected);
}
