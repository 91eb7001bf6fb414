/** Which focused elements are reply boxes worth linting, and how to read their text. */
import { isTactfulNode } from '../page/host';
import { isTextField } from '../page/insert';

export type TextField = HTMLTextAreaElement | HTMLInputElement;
/** A textarea / text input, or the editing host of a contenteditable editor. */
export type LintBox = TextField | HTMLElement;

/** Inputs narrower than this are search boxes, coupon codes and the like, not replies. */
const MIN_INPUT_WIDTH = 160;
const NOT_REPLY_AUTOCOMPLETE = /\b(username|email|tel|one-time-code|postal-code|cc-|street-address|address-line)/;

export { isTextField };

/** The box to lint for a focus target, or null when it is not a reply box. */
export function lintableBox(target: EventTarget | null): LintBox | null {
  const view = (target as Node | null)?.ownerDocument?.defaultView;
  if (!view || !(target instanceof view.HTMLElement) || isTactfulNode(target)) return null;
  if (isTextField(target)) return isReplyField(target) ? target : null;
  if (!target.isContentEditable) return null;
  return editingHost(target);
}

function isReplyField(field: TextField): boolean {
  if (field.readOnly || field.disabled) return false;
  if (field instanceof field.ownerDocument.defaultView!.HTMLTextAreaElement) return true;
  if (field.type === 'search' || field.getAttribute('role') === 'searchbox') return false;
  if (NOT_REPLY_AUTOCOMPLETE.test(field.autocomplete)) return false;
  return field.getBoundingClientRect().width >= MIN_INPUT_WIDTH;
}

/** The outermost contenteditable element: the one that owns the whole editor. */
export function editingHost(el: HTMLElement): HTMLElement {
  let host = el;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}
