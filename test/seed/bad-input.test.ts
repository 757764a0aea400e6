import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasErrors, type SeedIssue } from '../../src/seed/issues.js';
import { checkSeeds } from '../../src/seed/pipeline.js';
import { goodSeed, seedDir, SHA } from './seed-files.js';

// Bad seed input, checked without a database: read → parse → validate → resolve against the files
// (the graph's part is in resolve.test.ts; "nothing written" is in bad-input.int.test.ts).
const files = seedDir();
afterAll(() => files.remove());

/** Checks one bad file next to the good one; returns the errors it gets. */
async function rejects(name: string, content: string | Buffer): Promise<SeedIssue[]> {
  const path = files.write(name, content);
  const checked = checkSeeds([files.write('000-good.yaml', goodSeed()), path]);
  expect(hasErrors(checked.issues)).toBe(true);
  return checked.issues.filter((i) => i.severity === 'error' && i.file.endsWith(name));
}

const at = (i: SeedIssue | undefined) => i && `${i.line}:${i.col} ${i.code}`;

describe('bad seed input: a precise error at file:line:col', () => {
  it('malformed YAML', async () => {
    const issues = await rejects('bad-yaml.yaml', 'source:\n  id: doc:x\n  name: a: b\n');
    expect(issues[0]?.code).toBe('YAML_SYNTAX');
    expect(at(issues[0])).toBe('3:9 YAML_SYNTAX');
  });

  it('wrong types and unknown keys', async () => {
    const text = goodSeed('doc:types')
      .replace('    since: 2024-01-01\n', '    since: 2024-01-01\n    colour: red\n')
      .replace('kind: COMPANY', 'kind: 42');
    const issues = await rejects('types.yaml', text);
    expect(issues.map(at)).toEqual(['12:11 INVALID_VALUE', '19:5 UNKNOWN_KEY']);
    expect(issues[1]?.message).toContain("'colour'");
  });

  it('duplicate ids in one file', async () => {
    const text = goodSeed('doc:dup').replace(
      'entities:\n',
      'entities:\n  - id: person:ada-test\n    name: Ada Again\n',
    );
    expect((await rejects('dup.yaml', text)).map(at)).toEqual(['10:9 DUPLICATE_ID']);
  });

  it('a dangling reference, with the closest id suggested', async () => {
    const text = goodSeed(
      'doc:dangling',
      '  - from: person:ada-tets\n    type: HOLDS_ROLE\n    to: org:test-org\n    title: Ghost\n',
    );
    const issues = await rejects('dangling.yaml', text);
    expect(issues.map(at)).toEqual(['20:11 UNKNOWN_REFERENCE']);
    expect(issues[0]?.message).toContain('did you mean person:ada-test');
  });

  it('a relationship between the wrong labels', async () => {
    const text = goodSeed(
      'doc:wrong',
      '  - from: org:test-org\n    type: SPOKE_AT\n    to: person:ada-test\n',
    );
    const issues = await rejects('wrong-endpoint.yaml', text);
    expect(issues.map(at)).toEqual(['20:11 WRONG_ENDPOINT', '22:9 WRONG_ENDPOINT']);
  });

  it('an unknown relationship type', async () => {
    const text = goodSeed(
      'doc:type',
      '  - from: person:ada-test\n    type: KNOWS\n    to: org:test-org\n',
    );
    expect((await rejects('type.yaml', text)).map(at)).toEqual(['21:11 UNKNOWN_RELATIONSHIP_TYPE']);
  });

  it('a date like 2025-13-40, and an end before its start', async () => {
    const text = goodSeed('doc:dates').replace('since: 2024-01-01', 'since: 2025-13-40');
    expect((await rejects('date.yaml', text)).map(at)).toEqual(['18:12 BAD_DATE']);
    const order = goodSeed('doc:order').replace(
      'since: 2024-01-01',
      'since: 2024-01-01\n    until: 2023-01-01',
    );
    expect((await rejects('order.yaml', order)).map(at)).toEqual(['19:12 BAD_DATE']);
  });

  it('an empty file and a file of comments only', async () => {
    expect((await rejects('empty.yaml', '')).map(at)).toEqual(['1:1 EMPTY_FILE']);
    expect((await rejects('comments.yaml', '# nothing\n\n')).map(at)).toEqual(['1:1 EMPTY_FILE']);
  });

  it('a binary file', async () => {
    const bytes = Buffer.from([0x73, 0x6f, 0x75, 0x0a, 0x00, 0xff, 0xfe]);
    expect((await rejects('binary.yaml', bytes)).map(at)).toEqual(['2:1 BINARY_FILE']);
  });

  it('a 50 MB file', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
    const issues = await rejects('big.yaml', big);
    expect(issues.map(at)).toEqual(['1:1 FILE_TOO_LARGE']);
    expect(issues[0]?.message).toContain('50.0 MB');
  });

  it('a fact with no source', async () => {
    const text = goodSeed('doc:nosrc').replace(/^source:\n( {2}.*\n)+/, '');
    expect((await rejects('no-source.yaml', text)).map(at)).toContain('1:1 MISSING_SOURCE');
    const noDigest = goodSeed('doc:nodigest').replace(`  sha256: '${SHA}'\n`, '');
    expect((await rejects('no-digest.yaml', noDigest)).map(at)).toEqual(['2:3 MISSING_SOURCE']);
  });

  it('an ambiguous name', async () => {
    const text =
      goodSeed('doc:ambiguous').replace(
        'entities:\n',
        'entities:\n  - id: person:ada-test-2\n    name: Ada Test\n',
      ) + '  - from: Ada Test\n    type: HOLDS_ROLE\n    to: org:test-org\n    title: Someone\n';
    const issues = await rejects('ambiguous.yaml', text);
    expect(issues.map(at)).toContain('22:11 AMBIGUOUS_REFERENCE');
  });

  it('collects every problem in every file', () => {
    const a = files.write(
      'many-a.yaml',
      goodSeed('doc:many-a').replace('since: 2024-01-01', 'since: 2024-02-30'),
    );
    const b = files.write(
      'many-b.yaml',
      goodSeed('doc:many-b').replace('kind: ARTICLE', 'kind: BLOG'),
    );
    const checked = checkSeeds([a, b]);
    expect(checked.issues.map((i) => `${i.file.split('/').pop()}:${at(i)}`)).toEqual([
      'many-a.yaml:18:12 BAD_DATE',
      'many-b.yaml:4:9 INVALID_VALUE',
    ]);
  });
});

describe('hardened input (issue 13: 10–13)', () => {
  const withText = (text: string) =>
    goodSeed('doc:text').replace(`  sha256: '${SHA}'\n`, `  text: ${text}\n`);

  it('source.text outside the seed file folder, a directory, or a device is refused at text', async () => {
    for (const text of ['../../../etc/hostname', '.', '/dev/zero']) {
      const issues = await rejects(`text-${text.length}.yaml`, withText(text));
      expect(issues.map(at), text).toEqual(['6:9 BAD_SOURCE_TEXT']);
    }
    symlinkSync('/dev/zero', join(files.dir, 'zero.txt'));
    expect((await rejects('link.yaml', withText('zero.txt'))).map(at)).toEqual([
      '6:9 BAD_SOURCE_TEXT',
    ]);
  });

  it('a name over what an index accepts is refused at the name, in validate', async () => {
    const long = 'é'.repeat(4_500);
    const issues = await rejects(
      'long.yaml',
      goodSeed('doc:long').replace('name: Ada Test', `name: ${long}`),
    );
    expect(issues.map(at)).toEqual(['9:11 INVALID_VALUE']);
    expect(issues[0]!.message).toContain('9000 bytes is over the 4000');
  });

  it('invalid UTF-8 is reported at its byte', async () => {
    const bytes = Buffer.concat([
      Buffer.from('source:\n  id: doc:x\n  name: ab'),
      Buffer.from([0xc3, 0x28]),
    ]);
    expect((await rejects('utf8.yaml', bytes)).map(at)).toEqual(['3:11 BINARY_FILE']);
  });

  it('a javascript: url, an amount that cannot be stored exactly, and 1e309 are refused', async () => {
    const js = goodSeed('doc:js').replace(
      'url: https://example.org/js',
      'url: javascript:alert(1)',
    );
    expect((await rejects('js.yaml', js)).map(at)).toEqual(['5:8 INVALID_VALUE']);
    const money = (amount: string) =>
      goodSeed(
        `doc:m${amount.length}`,
        `  - from: org:test-org\n    type: PART_OF\n    to: org:test-org-2\n` +
          `  - from: initiative:i\n    type: FUNDED_BY\n    to: org:test-org\n    amountEur: ${amount}\n`,
      ).replace(
        'entities:\n',
        'entities:\n  - id: org:test-org-2\n    name: Two\n    kind: COMPANY\n  - id: initiative:i\n    name: I\n    kind: INITIATIVE\n',
      );
    const big = await rejects('big-amount.yaml', money('9007199254740993'));
    expect(big[0]!.message).toContain('too large to store exactly');
    const inf = await rejects('inf-amount.yaml', money('1e309'));
    expect(inf[0]!.message).toContain('expected an amount in euros');
  });

  it('an organisation PART_OF itself is an error', async () => {
    const loop = goodSeed(
      'doc:loop',
      '  - from: org:test-org\n    type: PART_OF\n    to: Test Organisation\n',
    );
    expect((await rejects('loop.yaml', loop)).map(at)).toEqual(['22:9 SELF_LOOP']);
  });

  it('a new person named in look-alike Cyrillic letters is a possible duplicate', () => {
    const path = files.write(
      'cyrillic.yaml',
      goodSeed('doc:cyr').replace(
        'entities:\n',
        'entities:\n  - id: person:ada-fake\n    name: Аdа Теst\n',
      ),
    );
    const checked = checkSeeds([files.write('000-good.yaml', goodSeed()), path]);
    const warning = checked.issues.find((i) => i.code === 'POSSIBLE_DUPLICATE');
    expect(warning?.message).toContain('person:ada-test');
    expect(warning?.message).toContain('look-alike letters');
  });
});
