/** CSS of the tooltip and the badge, inside Tactful's shadow root (page CSS never reaches it). */
export const INLINE_UI_CSS = `
.tactful-tooltip, .tactful-badge, .tactful-menu {
  position: absolute; top: 0; left: 0; z-index: 2; box-sizing: border-box;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f1f1f;
}
.tactful-tooltip { z-index: 3; width: max-content; max-width: 340px; padding: 10px 12px; background: #fff; border: 1px solid #d0d4d9;
  border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.16); }
.tactful-tooltip[hidden], .tactful-badge[hidden], .tactful-menu[hidden] { display: none; }
.tactful-tooltip p { margin: 0; }
.tactful-tooltip .severity { display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-right: 6px; }
.tactful-tooltip .severity.error { background: #d93025; }
.tactful-tooltip .severity.warning { background: #e8710a; }
.tactful-tooltip .severity.info { background: #1a73e8; }
.tactful-tooltip .fixes { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.tactful-tooltip button, .tactful-menu button { font: inherit; cursor: pointer; border-radius: 6px; }
.tactful-tooltip .fixes button { padding: 3px 8px; border: 1px solid #1a73e8; background: #e8f0fe; color: #174ea6; }
.tactful-tooltip button:focus-visible, .tactful-badge button:focus-visible, .tactful-menu button:focus-visible {
  outline: 2px solid #1a73e8; outline-offset: 1px; }
.tactful-badge { display: flex; align-items: stretch; height: 20px; border-radius: 10px; overflow: hidden;
  box-shadow: 0 1px 3px rgba(0,0,0,.25); font-size: 11px; line-height: 20px; }
.tactful-badge button { border: 0; margin: 0; padding: 0 7px; font: inherit; color: #fff; background: #5f6368; cursor: pointer; }
.tactful-badge[data-count="0"] button { background: #188038; }
.tactful-badge[data-severity="error"] button { background: #d93025; }
.tactful-badge[data-severity="warning"] button { background: #e8710a; }
.tactful-badge .more { padding: 0 5px; border-left: 1px solid rgba(255,255,255,.4); }
.tactful-menu { z-index: 3; width: max-content; padding: 4px; background: #fff; border: 1px solid #d0d4d9; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.16); }
.tactful-menu .notes { margin: 0 0 4px; padding: 6px 10px 6px 24px; max-width: 320px; border-bottom: 1px solid #e3e5e8; }
.tactful-menu .notes:empty { display: none; }
.tactful-menu .notes li { margin: 2px 0; }
.tactful-menu button { display: block; width: 100%; text-align: left; padding: 6px 10px; border: 0; background: none; color: inherit; }
.tactful-menu button:hover { background: #f1f3f4; }
`;
