/**
 * Replaces a range of a textarea the way typing does: through execCommand('insertText') where the browser
 * supports it (so Ctrl+Z undoes the fix), else setRangeText plus an input event (React sees both).
 * The caret keeps its place relative to the text around it.
 */
export function replaceRange(field: HTMLTextAreaElement, start: number, end: number, replacement: string): void {
  const before = field.value;
  const { selectionStart, selectionEnd } = field;
  const delta = replacement.length - (end - start);
  const shift = (position: number) =>
    position <= start ? position : position >= end ? position + delta : start + replacement.length;

  field.focus();
  field.setSelectionRange(start, end);
  const command = replacement ? 'insertText' : 'delete';
  // Not every document has execCommand (jsdom); where it exists it is what keeps the undo history.
  const handled = !!field.ownerDocument.execCommand?.(command, false, replacement) && field.value !== before;
  if (!handled) {
    field.setRangeText(replacement, start, end, 'end');
    field.dispatchEvent(
      new (field.ownerDocument.defaultView ?? window).InputEvent('input', {
        bubbles: true,
        inputType: 'insertReplacementText',
        data: replacement,
      }),
    );
  }
  field.setSelectionRange(shift(selectionStart), shift(selectionEnd));
}
