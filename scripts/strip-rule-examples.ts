/**
 * An esbuild plugin for the inline linter's chunk: a lint rule's `examples` and `allows` (lib/lint/rule.ts) are
 * sentences that tests and the tone model's training read, never the linter. They are most of a rule file's size, so
 * the chunk that the content script imports into the host page leaves them out.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

const RULE_FILE = /[\\/]lib[\\/]lint[\\/]rules[\\/][a-z]{2}[\\/][a-z_]+\.ts$/;
const TEST_ONLY = new Set(['examples', 'allows']);

function withoutTestOnlyProperties(source: ts.SourceFile): ts.SourceFile {
  const drop: ts.TransformerFactory<ts.SourceFile> = (context) => {
    const visit = (node: ts.Node): ts.Node => {
      if (ts.isObjectLiteralExpression(node)) {
        const kept = node.properties.filter((p) => !(ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && TEST_ONLY.has(p.name.text)));
        return ts.visitEachChild(context.factory.updateObjectLiteralExpression(node, kept), visit, context);
      }
      return ts.visitEachChild(node, visit, context);
    };
    return (file) => ts.visitNode(file, visit) as ts.SourceFile;
  };
  return ts.transform(source, [drop]).transformed[0]!;
}

export const stripRuleExamples: Plugin = {
  name: 'strip-rule-examples',
  setup(build) {
    build.onLoad({ filter: RULE_FILE }, async (args) => {
      const source = ts.createSourceFile(args.path, await readFile(args.path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      return { contents: ts.createPrinter().printFile(withoutTestOnlyProperties(source)), loader: 'ts' };
    });
  },
};
