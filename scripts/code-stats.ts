/**
 * Lines of TypeScript per folder of src/ and the longest functions, for refactoring notes:
 * `npx tsx scripts/code-stats.ts [--top N]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { fromRoot } from '../src/config/paths.js';

const root = fromRoot('src');
const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 5;

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

interface Fn {
  where: string;
  lines: number;
}

function functionsOf(path: string, text: string): Fn[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: Fn[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
      found.push({ where: `${relative(fromRoot(), path)}:${start}`, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const perFolder = new Map<string, { files: number; lines: number }>();
const fns: Fn[] = [];
for (const path of files(root)) {
  const text = readFileSync(path, 'utf8');
  const folder = relative(root, path).split('/')[0] ?? '';
  const key = folder.endsWith('.ts') ? '.' : folder;
  const row = perFolder.get(key) ?? { files: 0, lines: 0 };
  row.files += 1;
  row.lines += text.split('\n').length - 1;
  perFolder.set(key, row);
  fns.push(...functionsOf(path, text));
}
console.log('| folder | files | lines |\n| --- | ---: | ---: |');
for (const [folder, row] of [...perFolder].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(`| src/${folder} | ${row.files} | ${row.lines} |`);
const total = [...perFolder.values()].reduce(
  (s, r) => ({ files: s.files + r.files, lines: s.lines + r.lines }),
  { files: 0, lines: 0 },
);
console.log(`| total | ${total.files} | ${total.lines} |\n`);
console.log('Longest functions:');
for (const f of fns.sort((a, b) => b.lines - a.lines).slice(0, top))
  console.log(`- ${f.where} (${f.lines} lines)`);
