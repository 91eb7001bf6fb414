/**
 * Everything the content script shows in a page lives under one <tactful-root> element with an open
 * shadow root (../shared/DESIGN.md), so page CSS and ours never meet.
 */
export const HOST_TAG = 'tactful-root';

export function getTactfulRoot(doc: Document): ShadowRoot {
  const existing = doc.querySelector(HOST_TAG);
  if (existing?.shadowRoot) return existing.shadowRoot;
  const host = doc.createElement(HOST_TAG);
  // The host takes no space and sits above the page; children position themselves.
  host.style.cssText = 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646;';
  (doc.body ?? doc.documentElement).appendChild(host);
  return host.attachShadow({ mode: 'open' });
}

/** True when the node belongs to Tactful's own UI (so observers and linters ignore it). */
export function isTactfulNode(node: Node): boolean {
  const root = node.getRootNode();
  return (
    (node instanceof Element && node.tagName.toLowerCase() === HOST_TAG) ||
    (root instanceof ShadowRoot && root.host.tagName.toLowerCase() === HOST_TAG)
  );
}
