/** Puts a stylesheet into Tactful's shadow root once, keyed by id, so each piece of UI brings its own CSS. */
export function ensureShadowStyle(root: ShadowRoot, id: string, css: string): void {
  if (root.querySelector(`style[data-tactful-style="${id}"]`)) return;
  const style = root.ownerDocument.createElement('style');
  style.dataset.tactfulStyle = id;
  style.textContent = css;
  root.appendChild(style);
}
