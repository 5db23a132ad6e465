import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Issue 19: layers point one way. The import graph of lib/, read with the TypeScript compiler's
// parser (type imports count: a row type that lives above the store is a layer upside down),
// has no cycle between lib/'s folders (a top-level file is its own node), nor, counting what
// runs, between files.

const root = resolve(import.meta.dirname, '../..');
const lib = join(root, 'lib');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((c) => existsSync(c) && statSync(c).isFile());
}

/** Whether an import or export brings only types (erased: no order of running, no bundle weight). */
function typeOnly(statement: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(statement)) return statement.isTypeOnly || (!!statement.exportClause && ts.isNamedExports(statement.exportClause) && statement.exportClause.elements.every((e) => e.isTypeOnly));
  const clause = statement.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return !clause.name && !!named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
}

/** Relative imports and re-exports of a file, static ones (what the bundle and the layers are made of). */
function importsOf(file: string, { types = true } = {}): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  for (const statement of source.statements) {
    if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      if (!types && typeOnly(statement)) continue;
      const target = resolveImport(file, statement.moduleSpecifier.text);
      if (target?.startsWith(lib)) out.push(target);
    }
  }
  return out;
}

const folderOf = (file: string) => {
  const parts = relative(lib, file).split('/');
  return parts.length === 1 ? parts[0]!.replace(/\.tsx?$/, '.ts') : `${parts[0]}/`;
};

/** Every cycle's members, as strongly connected components of more than one node (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.has(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return found;
}

const files = sourceFiles(lib);
// Between files, what runs: a type-only reference back (the store's guard naming the store's type) is no circle.
const fileGraph = new Map(files.map((f) => [relative(root, f), new Set(importsOf(f, { types: false }).map((t) => relative(root, t)))]));
const folderGraph = new Map<string, Set<string>>();
/** Which file imports lead from one folder to another, for the failure message. */
const why = new Map<string, string[]>();
for (const file of files) {
  const from = folderOf(file);
  for (const target of importsOf(file)) {
    const to = folderOf(target);
    if (to === from) continue;
    if (!folderGraph.has(from)) folderGraph.set(from, new Set());
    folderGraph.get(from)!.add(to);
    why.set(`${from} → ${to}`, [...(why.get(`${from} → ${to}`) ?? []), `${relative(root, file)} → ${relative(root, target)}`]);
  }
}

describe('lib/ imports point one way', () => {
  it('reads a graph worth checking', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(folderGraph.get('overlay/')).toContain('platforms/');
    expect(folderGraph.get('background/')).toContain('records/');
  });

  it('no two lib/ folders import each other, directly or around a circle', () => {
    const found = cycles(folderGraph).map((members) => ({
      members,
      imports: [...why].filter(([edge]) => members.includes(edge.split(' → ')[0]!) && members.includes(edge.split(' → ')[1]!)).flatMap(([, list]) => list),
    }));
    expect(found).toEqual([]);
  });

  it('no file in lib/ runs an import that leads back to itself', () => {
    expect(cycles(fileGraph)).toEqual([]);
  });

  it('the detector finds a circle where there is one', () => {
    const graph = new Map([
      ['records/', new Set(['channels/'])],
      ['channels/', new Set(['export/'])],
      ['export/', new Set(['records/'])],
      ['overlay/', new Set(['platforms/'])],
    ]);
    expect(cycles(graph)).toEqual([['channels/', 'export/', 'records/']]);
  });
});
