import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphFingerprint } from '../../src/neo4j/fingerprint.js';
import { formatIssue, type SeedIssue } from '../../src/seed/issues.js';
import { loadSeeds } from '../../src/seed/pipeline.js';
import { startGraphQL, type GraphQLHarness } from '../graphql/graphql-harness.js';
import { bearer, signToken, TEST_JWT_SECRET } from '../graphql/tokens.js';
import { clearGraph } from '../../harness/database.js';
import { seedDir, SHA } from './seed-files.js';

// Curating on top of the loaded graph: claims with sources, conflicts kept and reported, order
// independence, spellings kept for graph entities, acronyms, patch entries.
let api: GraphQLHarness;
const files = seedDir('pg-living-');
let editor: string;
beforeAll(async () => {
  api = await startGraphQL({ jwtSecret: TEST_JWT_SECRET });
  editor = bearer(await signToken({ roles: ['editor'], sub: 'curator@example' }));
});
afterAll(async () => {
  files.remove();
  await api?.stop();
});

const source = (doc: string, published = '2025-01-01') => `source:
  id: ${doc}
  name: Source ${doc}
  kind: ARTICLE
  url: https://example.org/${doc.slice(4)}
  published: ${published}
  sha256: '${SHA}'
`;
const initiative = (launched: string, extra = '') => `entities:
  - id: initiative:test-initiative
    name: Test Initiative
    acronym: TINI
    kind: INITIATIVE
    launched: ${launched}
${extra}`;

const A = () => files.write('a.yaml', source('doc:a') + initiative('2023-12'));
const B = () => files.write('b.yaml', source('doc:b') + initiative('2023-12-05'));
const load = (paths: string[], dryRun = false) =>
  loadSeeds(api.driver, api.database, paths, { dryRun });
const at = (i: SeedIssue) => `${i.file.split('/').pop()}:${i.line}:${i.col} ${i.code}`;

async function claimsOf(id: string, property: string) {
  const result = await api.run<{
    initiatives: {
      launched: string;
      claims: { value: string; sources: string[]; preferred: boolean }[];
    }[];
  }>(
    `query ($id: ID!, $p: String) { initiatives(where: { id: { eq: $id } }) {
      launched claims(property: $p) { value sources preferred documents { id name } } } }`,
    { id, p: property },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.initiatives[0]!;
}

describe('values keep their sources', () => {
  it('a second document with another value: reported at its line, both kept, the more precise shown', async () => {
    await clearGraph(api.driver, api.database);
    expect((await load([A()])).written).toBe(true);
    const dry = await load([B()], true);
    expect(dry.issues.map(at)).toEqual(['b.yaml:13:15 CONFLICTING_VALUE']);
    expect(dry.issues[0]!.message).toBe(
      'initiative:test-initiative.launched: "2023-12-05" here vs "2023-12" in doc:a',
    );
    const report = await load([B()]);
    expect(report.written).toBe(true);
    expect(report.issues.map(formatIssue)).toEqual(dry.issues.map(formatIssue));
    const node = await claimsOf('initiative:test-initiative', 'launched');
    expect(node.launched).toBe('2023-12-05');
    expect(node.claims.map((c) => [c.value, c.sources, c.preferred])).toEqual([
      ['2023-12', ['doc:a'], false],
      ['2023-12-05', ['doc:b'], true],
    ]);
  });

  it('loading the first document again changes nothing: the order of loads does not decide', async () => {
    const before = await graphFingerprint(api.driver, api.database);
    const again = await load([A()]);
    expect(again.plans[0]!.updates).toEqual([]);
    expect(await graphFingerprint(api.driver, api.database)).toBe(before);
  });

  it('A then B and B then A give equal graphs', async () => {
    const ab = await graphFingerprint(api.driver, api.database);
    await clearGraph(api.driver, api.database);
    await load([B()]);
    await load([A()]);
    expect(await graphFingerprint(api.driver, api.database)).toBe(ab);
    await clearGraph(api.driver, api.database);
    await load([A(), B()]);
    expect(await graphFingerprint(api.driver, api.database)).toBe(ab);
  });

  it('the same value from a third document adds its source; prefer: picks the shown value', async () => {
    const c = files.write('c.yaml', source('doc:c') + initiative('2023-12'));
    await load([c]);
    let node = await claimsOf('initiative:test-initiative', 'launched');
    expect(node.claims.find((x) => x.value === '2023-12')!.sources).toEqual(['doc:a', 'doc:c']);
    expect(node.launched).toBe('2023-12-05');
    const d = files.write(
      'd.yaml',
      source('doc:d') + initiative('2024-01-10', '    prefer: [launched]\n'),
    );
    // Said when first stated, even with prefer:; not again when a reload adds nothing to it.
    expect((await load([d])).issues.map((i) => i.message)).toEqual([
      'initiative:test-initiative.launched: "2024-01-10" here vs "2023-12" in doc:a, doc:c',
      'initiative:test-initiative.launched: "2024-01-10" here vs "2023-12-05" in doc:b',
    ]);
    expect((await load([d])).issues).toEqual([]);
    expect((await load([A(), B(), d])).issues).toEqual([]);
    node = await claimsOf('initiative:test-initiative', 'launched');
    expect(node.launched).toBe('2024-01-10');
    expect(node.claims.filter((x) => x.preferred).map((x) => x.value)).toEqual(['2024-01-10']);
  });

  it('one document stating two values is an error at the second one, nothing written', async () => {
    const before = await graphFingerprint(api.driver, api.database);
    const e = files.write(
      'e.yaml',
      source('doc:e') + initiative('2020-01-01') + '  - ref: TINI\n    launched: 2021-01-01\n',
    );
    const report = await load([e]);
    expect(report.written).toBe(false);
    expect(report.issues.filter((i) => i.severity === 'error').map(at)).toEqual([
      'e.yaml:15:15 CONTRADICTORY_SOURCE',
    ]);
    expect(await graphFingerprint(api.driver, api.database)).toBe(before);
  });
});

describe('spellings, acronyms and patches on graph entities', () => {
  it('a patch by acronym adds an alias and a description without the required fields', async () => {
    const f = files.write(
      'f.yaml',
      source('doc:f') +
        'entities:\n  - ref: TINI\n    aliases: [The Test Init]\n    description: A test.\n',
    );
    const report = await load([f]);
    expect(report.issues).toEqual([]);
    const { initiatives } = (
      await api.run<{ initiatives: { aliases: string[]; description: string }[] }>(
        '{ initiatives(where: { id: { eq: "initiative:test-initiative" } }) { aliases description } }',
      )
    ).data!;
    expect(initiatives[0]!.description).toBe('A test.');
    expect(initiatives[0]!.aliases).toEqual(expect.arrayContaining(['TINI', 'The Test Init']));
    const aliasClaims = await claimsOf('initiative:test-initiative', 'aliases');
    expect(aliasClaims.claims.find((c) => c.value === 'The Test Init')!.sources).toEqual(['doc:f']);
  });

  it('each load that writes is in the audit trail: who, which files, which entities', async () => {
    const result = await api.run<{
      initiatives: {
        history: { actor: string; operation: string; fields: string[]; action: string }[];
      }[];
    }>(
      '{ initiatives(where: { id: { eq: "initiative:test-initiative" } }) { history { actor operation fields action } } }',
      {},
      editor,
    );
    expect(result.errors).toBeUndefined();
    const history = result.data!.initiatives[0]!.history;
    const patch = history.find((h) => h.fields.some((f) => f.endsWith('f.yaml')));
    expect(patch).toMatchObject({ operation: 'seed', action: 'updated' });
    expect(patch!.actor).toMatch(/^cli:/);
    const before = history.length;
    await load([
      files.write(
        'f.yaml',
        source('doc:f') +
          'entities:\n  - ref: TINI\n    aliases: [The Test Init]\n    description: A test.\n',
      ),
    ]);
    const again = await api.run<{ initiatives: { history: unknown[] }[] }>(
      '{ initiatives(where: { id: { eq: "initiative:test-initiative" } }) { history { id } } }',
      {},
      editor,
    );
    expect(again.data!.initiatives[0]!.history).toHaveLength(before);
  });

  it('two spellings of a graph entity in one file: no error, the close one kept as an alias with its source, and search finds it first', async () => {
    const g = files.write(
      'g.yaml',
      source('doc:g') +
        'entities:\n  - id: topic:testing\n    name: Testing\n' +
        'mentions:\n  - ref: Test Initiatve\n  - ref: TINI\n    quote: the TINI programme\n',
    );
    const report = await load([g]);
    expect(report.issues.map(at)).toEqual(['g.yaml:12:5 CLOSE_MATCH']);
    const aliasClaims = await claimsOf('initiative:test-initiative', 'aliases');
    expect(aliasClaims.claims.find((c) => c.value === 'Test Initiatve')!.sources).toEqual([
      'doc:g',
    ]);
    const { search } = (
      await api.run<{ search: { id: string }[] }>('{ search(text: "Test Initiatve") { id } }')
    ).data!;
    expect(search[0]!.id).toBe('initiative:test-initiative');
  });

  it('an ambiguous acronym is an error at the mention that lists both ids', async () => {
    const h = files.write(
      'h.yaml',
      source('doc:h') +
        'entities:\n  - id: initiative:other\n    name: Other Thing\n    acronym: TINI\n    kind: INITIATIVE\n' +
        'mentions:\n  - ref: TINI\n',
    );
    const report = await load([h], true);
    const errors = report.issues.filter((i) => i.severity === 'error');
    expect(errors.map(at)).toEqual(['h.yaml:14:5 AMBIGUOUS_REFERENCE']);
    expect(errors[0]!.message).toContain('initiative:test-initiative');
    expect(errors[0]!.message).toContain('initiative:other');
  });
});

describe('possible duplicates are said before they happen', () => {
  const event = (id: string, name: string, date: string, city: string) =>
    `  - id: ${id}\n    name: ${name}\n    date: ${date}\n    city: ${city}\n`;

  it('a new event on the same day in the same city, or a day apart with a similar name', async () => {
    const known = files.write(
      'ev1.yaml',
      source('doc:ev1') +
        'entities:\n' +
        event(
          'event:2023-05-16-deep-thinkers',
          'EDITH Deep Thinkers Meeting',
          '2023-05-16',
          'Rome',
        ),
    );
    expect((await load([known])).written).toBe(true);
    const again = files.write(
      'ev2.yaml',
      source('doc:ev2') +
        'entities:\n' +
        event('event:edith-rome', 'Consortium meeting in Rome', '2023-05-16', 'Rome') +
        event('event:deep-thinkers-day-2', 'Deep Thinkers meeting, day two', '2023-05-17', 'Roma') +
        event('event:unrelated', 'Another conference', '2023-05-17', 'Paris'),
    );
    const report = await load([again], true);
    expect(report.issues.map(at)).toEqual([
      'ev2.yaml:11:11 POSSIBLE_DUPLICATE',
      'ev2.yaml:15:11 POSSIBLE_DUPLICATE',
    ]);
    expect(report.issues[0]!.message).toContain(
      "looks like event:2023-05-16-deep-thinkers 'EDITH Deep Thinkers Meeting'",
    );
  });

  it('a new organisation whose alias is the name of a known one', async () => {
    const g = files.write(
      'org.yaml',
      source('doc:org') +
        'entities:\n  - id: org:tini-office\n    name: The TINI Office\n    kind: OFFICE\n    aliases: [Test Initiative]\n' +
        '  - id: initiative:tini-2\n    name: Tini Two\n    kind: INITIATIVE\n    aliases: [Test Initiative]\n',
    );
    const report = await load([g], true);
    expect(report.issues.map(at)).toEqual(['org.yaml:14:11 POSSIBLE_DUPLICATE']);
    expect(report.issues[0]!.message).toContain('initiative:test-initiative');
  });
});

describe('what event write-ups say, through GraphQL', () => {
  it('an end date, a venue, figures with qualifiers, a DG taking part, a project coordinator', async () => {
    const w = files.write(
      'writeup.yaml',
      source('doc:writeup') +
        `entities:
  - id: event:2023-05-16-deep-dive
    name: Deep Dive Meeting
    description: Two days of breakout sessions.
    date: 2023-05-16
    endDate: 2023-05-17
    venue: Pi Campus
    city: Rome
    quantities:
      - { counts: registered participants, value: 175, qualifier: over }
  - id: org:dg-test
    name: DG TEST
    kind: DIRECTORATE_GENERAL
  - id: project:testproj
    name: TestProj
  - id: person:pat-lead
    name: Pat Lead
relationships:
  - { from: org:dg-test, type: PARTICIPATES_IN, to: event:2023-05-16-deep-dive, role: contributed }
  - { from: person:pat-lead, type: HOLDS_ROLE, to: project:testproj, title: coordinator }
`,
    );
    const report = await load([w]);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const result = await api.run<Record<string, { [k: string]: unknown }[]>>(`{
      events(where: { id: { eq: "event:2023-05-16-deep-dive" } }) {
        description endDate venue quantities { counts value qualifier sources }
        participantsConnection { edges { properties { role sources } node { id } } }
      }
      people(where: { id: { eq: "person:pat-lead" } }) {
        rolesConnection { edges { properties { title } node { __typename id name } } }
      }
      projects(where: { id: { eq: "project:testproj" } }) { members { id } }
      organisations(where: { id: { eq: "org:dg-test" } }) { participatesIn { __typename id } }
    }`);
    expect(result.errors).toBeUndefined();
    const d = result.data!;
    expect(d.events![0]).toEqual({
      description: 'Two days of breakout sessions.',
      endDate: '2023-05-17',
      venue: 'Pi Campus',
      quantities: [
        {
          counts: 'registered participants',
          value: 175,
          qualifier: 'over',
          sources: ['doc:writeup'],
        },
      ],
      participantsConnection: {
        edges: [
          {
            properties: { role: 'contributed', sources: ['doc:writeup'] },
            node: { id: 'org:dg-test' },
          },
        ],
      },
    });
    expect(d.people![0]).toEqual({
      rolesConnection: {
        edges: [
          {
            properties: { title: 'coordinator' },
            node: { __typename: 'Project', id: 'project:testproj', name: 'TestProj' },
          },
        ],
      },
    });
    expect(d.projects![0]).toEqual({ members: [{ id: 'person:pat-lead' }] });
    expect(d.organisations![0]).toEqual({
      participatesIn: [{ __typename: 'Event', id: 'event:2023-05-16-deep-dive' }],
    });
  });

  it('an end date before the start is an error at the end date', async () => {
    const bad = files.write(
      'bad-end.yaml',
      source('doc:bad-end') +
        'entities:\n  - id: event:x\n    name: X\n    date: 2023-05-16\n    endDate: 2023-05-15\n',
    );
    const report = await load([bad]);
    expect(report.issues.map(at)).toEqual(['bad-end.yaml:12:14 BAD_DATE']);
  });
});

describe('reloads and identities found by the curators', () => {
  it('a month-only date loads once: loading it again changes nothing', async () => {
    const m = () =>
      files.write(
        'month.yaml',
        source('doc:month', '2023-05') +
          initiative('2023-12')
            .replace('test-initiative', 'month-initiative')
            .replace('TINI', 'MINI')
            .replace('Test Initiative', 'Month Initiative'),
      );
    expect((await load([m()])).written).toBe(true);
    const again = await load([m()]);
    expect(again.plans[0]!.updates).toEqual([]);
  });

  it('a role without a title is not the titled role, whatever was loaded first', async () => {
    const role = (doc: string, title: string) =>
      files.write(
        `${doc.slice(4)}.yaml`,
        source(doc) +
          'entities:\n  - id: person:role-holder\n    name: Role Holder\n  - id: org:role-org\n    name: Role Org\n    kind: COMPANY\n' +
          `relationships:\n  - from: person:role-holder\n    type: HOLDS_ROLE\n    to: org:role-org\n${title}`,
      );
    const count = async () =>
      (
        await api.driver.executeQuery(
          "MATCH (:Person {id: 'person:role-holder'})-[r:HOLDS_ROLE]->() RETURN count(r) AS n",
        )
      ).records[0]!.get('n').toNumber();
    await load([role('doc:titled', '    title: Director\n')]);
    await load([role('doc:untitled', '')]);
    expect(await count()).toBe(2);
  });

  it('a name another document gives stays findable when prefer: shows a different one', async () => {
    const named = (doc: string, name: string, prefer = '') =>
      files.write(
        `${doc.slice(4)}.yaml`,
        source(doc) + `entities:\n  - id: topic:renamed\n    name: ${name}\n${prefer}`,
      );
    await load([named('doc:old-name', 'Old Topic Name')]);
    await load([named('doc:new-name', 'Brand New Title', '    prefer: [name]\n')]);
    const { search } = (
      await api.run<{ search: { id: string }[] }>('{ search(text: "Old Topic Name") { id } }')
    ).data!;
    expect(search[0]!.id).toBe('topic:renamed');
  });
});

describe('other writers', () => {
  it('a spelling another writer recorded (an import) stays when the seed loads again', async () => {
    const other = files.write(
      'other-writer.yaml',
      source('doc:other-writer') +
        'entities:\n  - id: topic:other-writer\n    name: Other Writer Topic\n',
    );
    await load([other]);
    await api.driver.executeQuery(
      "MATCH (n:Entity {id: 'topic:other-writer'}) SET n.aliases = coalesce(n.aliases, []) + 'OTHER WRITER S.A.'",
    );
    await load([other]);
    const after = await api.driver.executeQuery(
      "MATCH (n:Entity {id: 'topic:other-writer'}) RETURN n.aliases AS aliases",
    );
    expect(after.records[0]!.get('aliases')).toContain('OTHER WRITER S.A.');
  });
});
