/**
 * The text of a contenteditable editor as the linter sees it, with a map from UTF-16 offsets back to DOM
 * positions. Built by walking the DOM (no innerText, which forces layout): text nodes in order, a "\n"
 * for <br> and between blocks, so sentences in different paragraphs never run together.
 */

export interface TextModel {
  text: string;
  /** Text nodes in document order, and where each one starts in `text`. */
  nodes: Text[];
  starts: number[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export function readTextModel(root: HTMLElement): TextModel {
  const model: TextModel = { text: '', nodes: [], starts: [] };
  const parts: string[] = [];
  let length = 0;
  let endsWithBreak = true;
  const push = (chunk: string) => {
    parts.push(chunk);
    length += chunk.length;
    endsWithBreak = chunk.endsWith('\n');
  };
  const visit = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        model.nodes.push(child as Text);
        model.starts.push(length);
        push(data);
      } else if (child.nodeType === 1) {
        const element = child as Element;
        const tag = element.tagName;
        if (SKIPPED_TAGS.has(tag) || element.hasAttribute('hidden')) continue;
        if (tag === 'BR') {
          push('\n');
          continue;
        }
        const block = BLOCK_TAGS.has(tag);
        if (block && !endsWithBreak) push('\n');
        visit(element);
        if (block && !endsWithBreak) push('\n');
      }
    }
  };
  visit(root);
  model.text = parts.join('');
  return model;
}

/** Index of the text node holding `offset` (an offset at a node boundary belongs to the earlier node). */
function nodeIndexAt(model: TextModel, offset: number, preferNext: boolean): number {
  let low = 0;
  let high = model.nodes.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = model.starts[mid]!;
    if (start < offset || (preferNext && start === offset)) low = mid;
    else high = mid - 1;
  }
  return low;
}

function pointAt(model: TextModel, offset: number, preferNext: boolean): { node: Text; offset: number } | null {
  if (model.nodes.length === 0) return null;
  const index = nodeIndexAt(model, offset, preferNext);
  const node = model.nodes[index]!;
  const inNode = Math.min(Math.max(offset - model.starts[index]!, 0), node.data.length);
  return { node, offset: inNode };
}

/** A live Range over [start, end) of the model's text, or null when the DOM no longer holds it. */
export function rangeFor(model: TextModel, start: number, end: number): Range | null {
  const from = pointAt(model, start, true);
  const to = pointAt(model, end, false);
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The model offset of a DOM point (e.g. the caret), or null when the point is outside the model. */
export function offsetAt(model: TextModel, node: Node, offset: number): number | null {
  if (node.nodeType === 3) {
    const index = model.nodes.indexOf(node as Text);
    if (index >= 0) return model.starts[index]! + offset;
  }
  const caret = node.ownerDocument!.createRange();
  caret.setStart(node, offset);
  // The caret sits before the first text node that starts after it.
  for (let i = 0; i < model.nodes.length; i++) {
    if (caret.comparePoint(model.nodes[i]!, 0) > 0) return model.starts[i]!;
  }
  const last = model.nodes.length - 1;
  return last >= 0 ? model.starts[last]! + model.nodes[last]!.data.length : null;
}
