import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/config/paths.js';

// The layout's dependency rule, checked through the project's own eslint config: a file in src/
// that imports bench/ or test/ (statically or with import()) fails `npm run lint`; bench/ may
// import src/.
const eslint = new ESLint({ cwd: fromRoot() });

async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: fromRoot(file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('src/ never imports bench/ (or test/)', () => {
  it.each([
    ["import { runBench } from '../../bench/run.js';\nvoid runBench;\n", 'no-restricted-imports'],
    ["export { runBench } from '../../bench/run.js';\n", 'no-restricted-imports'],
    ["await import('../../bench/run.js');\n", 'no-restricted-syntax'],
    [
      "import { freePort } from '../../harness/free-port.js';\nvoid freePort;\n",
      'no-restricted-imports',
    ],
  ])('rejects %j in src/', async (code, rule) => {
    expect(await ruleIds(code, 'src/cli/example.ts')).toContain(rule);
  });

  it('lets bench/ import src/ and src/ import a bench-like name', async () => {
    expect(
      await ruleIds("import { say } from '../src/cli/output.js';\nvoid say;\n", 'bench/example.ts'),
    ).toEqual([]);
    expect(
      await ruleIds("import { x } from './benchmarks.js';\nvoid x;\n", 'src/cli/example.ts'),
    ).toEqual([]);
  });
});
