/**
 * Puts a reply into a page's reply box the way typing would, so React/Vue-controlled inputs and rich
 * editors (Lexical, ProseMirror, Draft.js, Quill) see the change and Ctrl+Z undoes it.
 */

export type ReplyBox = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  if (el instanceof el.ownerDocument.defaultView!.HTMLTextAreaElement) return true;
  if (!(el instanceof el.ownerDocument.defaultView!.HTMLInputElement)) return false;
  return ['text', 'search', ''].includes(el.type);
}

export function isEditableBox(el: Element | null): el is ReplyBox {
  if (!el) return false;
  if (isTextField(el)) return !el.readOnly && !el.disabled;
  return el instanceof el.ownerDocument.defaultView!.HTMLElement && el.isContentEditable;
}

/** The editing host of a contenteditable (the element that owns the whole editor). */
function editingHost(el: HTMLElement): HTMLElement {
  let host = el;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

function boxText(box: ReplyBox): string {
  return isTextField(box) ? box.value : (box.innerText ?? box.textContent ?? '');
}

/**
 * Replaces the box's content with `text`. Returns false when the page's editor ignored every way of
 * inserting (the caller then offers Copy).
 */
export function insertReply(box: ReplyBox, text: string): boolean {
  const doc = box.ownerDocument;
  const target = isTextField(box) ? box : editingHost(box);
  target.focus();
  if (isTextField(target)) {
    target.select();
  } else {
    const selection = doc.getSelection();
    const range = doc.createRange();
    range.selectNodeContents(target);
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  // execCommand is deprecated but still the one path that goes through the browser's own editing,
  // firing beforeinput/input and joining the undo stack.
  const inserted = doc.execCommand('insertText', false, text);
  if (inserted && normalizeSpaces(boxText(target)) === normalizeSpaces(text)) return true;
  if (isTextField(target)) {
    target.setRangeText(text, 0, target.value.length, 'end');
    target.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return target.value === text;
  }
  return normalizeSpaces(boxText(target)).includes(normalizeSpaces(text).slice(0, 40));
}

function normalizeSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
