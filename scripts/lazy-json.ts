/**
 * An esbuild plugin for the inline linter's chunk: each JSON file becomes a string that is parsed on first use. The
 * chunk carries the tone and signal models of four languages (about 10 MB of JSON), and the content script imports it
 * on the agent's first focus in a reply box, on the host page's main thread. As object literals, every language's
 * models were parsed at that moment; as strings, only the language the agent writes in is, and JSON.parse of a
 * string is faster than parsing the same object literal.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

export const lazyJson: Plugin = {
  name: 'lazy-json',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = JSON.stringify(JSON.parse(await readFile(args.path, 'utf8')));
      // The models are read by property (file.classes, file.rows …), so a proxy that parses on the first read
      // stands in for the object.
      const contents = [
        `const text = ${JSON.stringify(text)};`,
        'let value;',
        'const parsed = () => (value ??= JSON.parse(text));',
        'export default new Proxy({}, { get: (_, key) => parsed()[key], has: (_, key) => key in parsed(), ownKeys: () => Reflect.ownKeys(parsed()), getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(parsed(), key) });',
      ].join('\n');
      return { contents, loader: 'js' };
    });
  },
};
