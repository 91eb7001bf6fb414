import { build } from 'esbuild';
import { defineConfig } from 'wxt';
import { lazyJson } from './scripts/lazy-json';
import { stripRuleExamples } from './scripts/strip-rule-examples';

const INLINE_LINT_CHUNK = 'content-scripts/inline-lint.js';

// See README.md "Permissions" for why each permission is needed (WXT adds `sidePanel` for the side panel).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: () => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'draft-selection': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: '__MSG_commandDraftSelection__',
      },
    },
    web_accessible_resources: [{ resources: [INLINE_LINT_CHUNK], matches: ['<all_urls>'] }],
  }),
  hooks: {
    // The inline linter is loaded by the content script with import() only when the agent focuses a reply
    // box, so it is built as a separate ES module instead of being bundled into the content script.
    'build:publicAssets': async (wxt, files) => {
      const result = await build({
        entryPoints: [`${wxt.config.root}/entrypoints/content/inline-lint.ts`],
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        minify: wxt.config.mode === 'production',
        legalComments: 'none',
        write: false,
        tsconfig: `${wxt.config.root}/tsconfig.json`,
        plugins: [lazyJson, stripRuleExamples],
      });
      const output = result.outputFiles[0];
      if (!output) throw new Error('esbuild produced no inline-lint bundle');
      files.push({ relativeDest: INLINE_LINT_CHUNK, contents: output.text });
    },
  },
});
