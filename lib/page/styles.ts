/** Tactful's in-page stylesheet: one <style> inside the shadow root, never in the host page. */

const CSS = `
:host { all: initial; }
.tactful-button {
  all: initial;
  position: absolute;
  z-index: 2147483646;
  box-sizing: border-box;
  font: 500 13px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #fff;
  background: #2f5d50;
  border-radius: 999px;
  padding: 6px 12px;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.25);
  cursor: pointer;
  white-space: nowrap;
}
.tactful-button:hover { background: #24493f; }
/* "all: initial" above also resets the hidden attribute's display: none. */
.tactful-button[hidden] { display: none; }
.tactful-button:focus-visible { outline: 2px solid #f2b705; outline-offset: 2px; }
.tactful-chip { padding: 3px 9px; font-size: 12px; opacity: 0.9; }
.tactful-chip:hover, .tactful-chip:focus-visible { opacity: 1; }
`;

export function ensureStylesheet(root: ShadowRoot): void {
  if (root.querySelector('style[data-tactful="style"]')) return;
  const style = root.ownerDocument.createElement('style');
  style.setAttribute('data-tactful', 'style');
  style.textContent = CSS;
  root.prepend(style);
}
