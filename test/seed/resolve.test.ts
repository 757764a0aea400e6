import { afterAll, describe, expect, it } from 'vitest';
import { checkSeeds } from '../../src/seed/pipeline.js';
import type { NamedEntity } from '../../src/identity/name-index.js';
import { seedDir, SHA } from './seed-files.js';

// The resolve stage against entities already in the graph, given as plain data: no database.
const files = seedDir();
afterAll(() => files.remove());

const graph: NamedEntity[] = [
  { id: 'person:mikael-benson', label: 'Person', name: 'Mikael Benson', aliases: [] },
  { id: 'org:ebrains', label: 'Organisation', name: 'EBRAINS AISBL', aliases: ['EBRAINS'] },
  { id: 'org:ebrains-2', label: 'Organisation', name: 'Ebrains Two', aliases: ['EB'] },
  { id: 'org:other', label: 'Organisation', name: 'Other Org', aliases: ['EB'] },
];

const file = (body: string) =>
  files.write(
    `${Math.random().toString(36).slice(2)}.yaml`,
    `source:\n  id: doc:r\n  name: R\n  kind: ARTICLE\n  url: https://example.org/r\n  sha256: '${SHA}'\n${body}`,
  );

const codes = (body: string) =>
  checkSeeds([file(body)], graph).issues.map((i) => `${i.line}:${i.col} ${i.code}`);

describe('resolve against graph entities', () => {
  it('a reference by id or by alias of a graph entity resolves without issues', () => {
    const checked = checkSeeds(
      [
        file(
          'relationships:\n  - from: person:mikael-benson\n    type: HOLDS_ROLE\n    to: ebrains\n',
        ),
      ],
      graph,
    );
    expect(checked.issues).toEqual([]);
    const role = checked.resolved?.relationships.find((r) => r.type === 'HOLDS_ROLE');
    expect([role?.from, role?.to]).toEqual(['person:mikael-benson', 'org:ebrains']);
  });

  it('a close spelling resolves with a CLOSE_MATCH warning at the reference', () => {
    const body =
      'relationships:\n  - from: Mikael Bensor\n    type: HOLDS_ROLE\n    to: org:ebrains\n';
    const checked = checkSeeds([file(body)], graph);
    expect(checked.issues.map((i) => `${i.line}:${i.col} ${i.code} ${i.severity}`)).toEqual([
      '8:11 CLOSE_MATCH warning',
    ]);
    expect(checked.issues[0]?.message).toContain('person:mikael-benson');
  });

  it('an alias shared by two graph entities is ambiguous and names both', () => {
    const body =
      'relationships:\n  - from: person:mikael-benson\n    type: HOLDS_ROLE\n    to: EB\n';
    const checked = checkSeeds([file(body)], graph);
    expect(checked.issues.map((i) => `${i.line}:${i.col} ${i.code}`)).toEqual([
      '10:9 AMBIGUOUS_REFERENCE',
    ]);
    expect(checked.issues[0]?.message).toMatch(/org:ebrains-2, org:other|org:other, org:ebrains-2/);
  });

  it('an unknown id gets the nearest graph id as a hint', () => {
    const body = 'mentions:\n  - ref: person:mikael-bensom\n';
    const checked = checkSeeds([file(body)], graph);
    expect(checked.issues.map((i) => `${i.line}:${i.col} ${i.code}`)).toEqual([
      '8:5 UNKNOWN_REFERENCE',
    ]);
    expect(checked.issues[0]?.message).toContain('did you mean person:mikael-benson');
  });

  it('a new entity named like a graph entity is a POSSIBLE_DUPLICATE warning at its name', () => {
    expect(codes('entities:\n  - id: person:m-benson\n    name: Mikael Benson\n')).toEqual([
      '9:11 POSSIBLE_DUPLICATE',
    ]);
  });

  it('a relationship to the wrong label is a WRONG_ENDPOINT error at that end', () => {
    const body =
      'relationships:\n  - from: org:ebrains\n    type: SPOKE_AT\n    to: person:mikael-benson\n';
    expect(codes(body)).toEqual(['8:11 WRONG_ENDPOINT', '10:9 WRONG_ENDPOINT']);
  });
});
