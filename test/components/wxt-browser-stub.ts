/**
 * `wxt/browser` for jsdom tests. WxtVitest aliases it to a module that imports all of `wxt/testing`, which
 * loads esbuild, and esbuild refuses to run under jsdom (its TextEncoder invariant). Test files use
 * `vi.mock('wxt/browser', () => import('./wxt-browser-stub'))`.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const browser = fakeBrowser;
export default fakeBrowser;
