import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCordis } from '../../src/import/cordis/import.js';
import { loadFoundingGraph } from '../../harness/fixture.js';
import { organisationXml as org, projectXml, writeZip } from '../../harness/cordis-release.js';
import { startGraphQL, type GraphQLHarness } from './graphql-harness.js';

// The researchers' CORDIS questions through the real schema, on a small release whose answers are
// known: A coordinates two Health projects (2024), B takes part in both, C in one.
const role = (type: string, ec: number) => `type="${type}" order="1" ecContribution="${ec}"`;
let gql: GraphQLHarness;

beforeAll(async () => {
  gql = await startGraphQL();
  await loadFoundingGraph(gql.driver, gql.database);
  const release = await writeZip(
    {
      'data/1/1.xml': projectXml(
        '101000001',
        [
          org('900000001', 'ALPHA UNIVERSITY', role('coordinator', 100)),
          org('900000002', 'BETA GMBH', role('participant', 10)),
        ].join('\n'),
      ),
      'data/1/2.xml': projectXml(
        '101000002',
        [
          org('900000001', 'ALPHA UNIVERSITY', role('coordinator', 200.25)),
          org('900000002', 'BETA GMBH', role('participant', 20)),
          org('900000003', 'GAMMA INSTITUTE', role('participant', 300)),
        ].join('\n'),
      ),
    },
    'horizon-projects-2025-11-16.zip',
  );
  const report = await importCordis(gql.driver, gql.database, [release], {
    judgementsPath: '/none.yaml',
  });
  expect(report.issues).toEqual([]);
  await gql.refreshShape();
});
afterAll(() => gql.stop());

describe('CORDIS questions in GraphQL', () => {
  it("a programme part's projects with their coordinators", async () => {
    const { data, errors } = await gql.run<{
      initiatives: {
        name: string;
        funds: { acronym?: string; coordinatedBy?: { name: string }[] }[];
      }[];
    }>(
      `{ initiatives(where: { code: { eq: "HORIZON.2.1" } }) {
           name funds { ... on Project { acronym coordinatedBy { name } } } } }`,
    );
    expect(errors).toBeUndefined();
    const [health] = data!.initiatives;
    expect(health!.name).toBe('Health (HORIZON.2.1)');
    expect(
      health!.funds.map((p) => `${p.acronym} ${p.coordinatedBy?.map((c) => c.name)}`).sort(),
    ).toEqual(['P001 ALPHA UNIVERSITY', 'P002 ALPHA UNIVERSITY']);
  });

  it("an organisation's funding in total and per year, and its partners ranked", async () => {
    const { data, errors } = await gql.run<{ organisations: Record<string, unknown>[] }>(
      `{ organisations(where: { pic: { eq: "900000001" } }) {
           funding { projects coordinated ecContribution perYear { year projects ecContribution } }
           partners(limit: 1) { total truncated organisations { name projects ecContribution } } } }`,
    );
    expect(errors).toBeUndefined();
    const [alpha] = data!.organisations;
    expect(alpha!.funding).toEqual({
      projects: 2,
      coordinated: 2,
      ecContribution: 300.25,
      perYear: [{ year: 2024, projects: 2, ecContribution: 300.25 }],
    });
    expect(alpha!.partners).toEqual({
      total: 2,
      truncated: true,
      organisations: [{ name: 'BETA GMBH', projects: 2, ecContribution: 30 }],
    });
  });

  it('the top participants of a programme part, by projects and by EU contribution', async () => {
    const top = async (by: string) =>
      (
        await gql.run<{ topParticipants: { total: number; organisations: { name: string }[] } }>(
          `{ topParticipants(programme: "initiative:horizon-2-1", by: ${by}, limit: 2) { total organisations { name } } }`,
        )
      ).data!.topParticipants;
    expect(await top('PROJECTS')).toEqual({
      total: 3,
      organisations: [{ name: 'ALPHA UNIVERSITY' }, { name: 'BETA GMBH' }],
    });
    expect((await top('EC_CONTRIBUTION')).organisations[0]).toEqual({ name: 'ALPHA UNIVERSITY' });
    expect((await top('EC_CONTRIBUTION')).organisations[1]).toEqual({ name: 'GAMMA INSTITUTE' });
  });

  it('an unknown programme id is NOT_FOUND, at the top and nested', async () => {
    const top = await gql.run(`{ topParticipants(programme: "initiative:nope") { total } }`);
    expect(top.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const nested = await gql.run(
      `{ organisations(where: { pic: { eq: "900000001" } }) { funding(programme: "initiative:nope") { projects } } }`,
    );
    expect(nested.errors?.[0]).toMatchObject({
      message: 'no programme or call with id initiative:nope',
      extensions: { code: 'NOT_FOUND' },
    });
  });
});
