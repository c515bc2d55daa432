/**
 * Every function (and class) the package's entry points export has a TSDoc comment with an
 * `@example` (date-fns style): the API reference shows how to call it and what it returns.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../support/fixtures.js';

const ROOT = join(FIXTURES, '..', '..');
const ENTRIES = ['src/index.ts', 'src/schema/index.ts', 'src/testing/index.ts'].map((file) => join(ROOT, file));

function callable(declaration: ts.Declaration): ts.Node | undefined {
  if (ts.isFunctionDeclaration(declaration) || ts.isClassDeclaration(declaration)) return declaration;
  if (ts.isVariableDeclaration(declaration) && declaration.initializer && (ts.isArrowFunction(declaration.initializer) || ts.isFunctionExpression(declaration.initializer))) {
    return declaration.parent.parent;
  }
  return undefined;
}

describe('the API reference', () => {
  it('every exported function and class has an @example', { timeout: 120_000 }, () => {
    const program = ts.createProgram(ENTRIES, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true });
    const checker = program.getTypeChecker();
    const checked: string[] = [];
    const missing: string[] = [];
    for (const entry of ENTRIES) {
      const source = program.getSourceFile(entry);
      const module = source && checker.getSymbolAtLocation(source);
      if (!module) throw new Error(`no module for ${entry}`);
      for (const exported of checker.getExportsOfModule(module)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        const declaration = symbol.declarations?.[0];
        const node = declaration && callable(declaration);
        if (!node) continue;
        checked.push(exported.name);
        if (!ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'example')) missing.push(`${exported.name} (${declaration.getSourceFile().fileName.slice(ROOT.length + 1)})`);
      }
    }
    expect(checked.length).toBeGreaterThan(60);
    expect(checked).toContain('renderEvaluation');
    expect(missing).toEqual([]);
  });
});
