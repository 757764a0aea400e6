import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFoundingGraph } from '../../harness/fixture.js';
import { startGraphQL, type GraphQLHarness } from './graphql-harness.js';
import { ARTICLE, EVENT, SPEAKERS } from '../../harness/curated.js';

// The generated API (root fields, relationship fields, connections) on the founding document.
let api: GraphQLHarness;

beforeAll(async () => {
  api = await startGraphQL();
  await loadFoundingGraph(api.driver, api.database);
});
afterAll(async () => api?.stop());

async function data<T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) {
  const result = await api.run<T>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

const names = (list: { name: string }[]) => list.map((x) => x.name).sort();

describe('root fields', () => {
  it.each([
    ['people', 'person:henna-virkkunen'],
    ['organisations', 'org:dg-sante'],
    ['initiatives', 'initiative:ehds'],
    ['projects', 'project:vbt'],
    ['events', EVENT],
    ['documents', ARTICLE],
    ['statements', 'statement:2025-10-21-rinne-vht-ecosystem'],
    ['topics', 'topic:clinical-trials'],
  ])('%s lists the nodes of the label (%s among them)', async (field, id) => {
    const result = await data<Record<string, { id: string }[]>>(`{ ${field} { id } }`);
    expect(result[field]!.map((n) => n.id)).toContain(id);
  });
});

describe('the 21 Oct 2025 event', () => {
  it('has the nine speakers, Henna Virkkunen with the opening remarks', async () => {
    const { events } = await data<{
      events: {
        speakers: { name: string }[];
        speakersConnection: { edges: { properties: { capacity: string }; node: { id: string } }[] };
        hostedBy: { name: string }[];
        about: { id?: string }[];
      }[];
    }>(
      `query ($id: ID!) { events(where: { id: { eq: $id } }) {
        speakers { name }
        speakersConnection { edges { properties { capacity } node { id } } }
        hostedBy { name }
        about { ... on Initiative { id } ... on Topic { id } }
      } }`,
      { id: EVENT },
    );
    const event = events[0]!;
    expect(names(event.speakers)).toEqual(SPEAKERS);
    const opening = event.speakersConnection.edges.find(
      (e) => e.node.id === 'person:henna-virkkunen',
    );
    expect(opening?.properties.capacity).toBe('opening remarks');
    expect(names(event.hostedBy)).toEqual(['European Commission']);
    expect(event.about.map((a) => a.id)).toContain('initiative:vht');
  });
});

describe('people', () => {
  it("Sandra Gallina's role is Director-General of DG SANTE", async () => {
    const { people } = await data<{
      people: {
        roles: { acronym: string }[];
        rolesConnection: {
          edges: { properties: { title: string; sources: string[] }; node: { id: string } }[];
        };
      }[];
    }>(`{ people(where: { id: { eq: "person:sandra-gallina" } }) {
      roles { acronym }
      rolesConnection { edges { properties { title since until sources evidence } node { id } } }
    } }`);
    const edge = people[0]!.rolesConnection.edges[0]!;
    expect(edge).toMatchObject({
      node: { id: 'org:dg-sante' },
      properties: { title: 'Director-General', sources: [ARTICLE] },
    });
    expect(people[0]!.roles).toEqual([{ acronym: 'DG SANTE' }]);
  });

  it('spokeAt, statements and mentionedIn (spelling as written)', async () => {
    const { people } = await data<{
      people: {
        spokeAt: { id: string }[];
        statements: { quoted: boolean; about: { id?: string }[] }[];
        mentionedInConnection: { edges: { properties: { asWritten: string } }[] };
      }[];
    }>(`{ people(where: { id: { eq: "person:henna-virkkunen" } }) {
      spokeAt { id }
      statements { quoted about { ... on Initiative { id } } }
      mentionedInConnection { edges { properties { asWritten } } }
    } }`);
    const henna = people[0]!;
    expect(henna.spokeAt).toEqual([{ id: EVENT }]);
    expect(henna.statements).toContainEqual({ quoted: true, about: [{ id: 'initiative:vht' }] });
    expect(henna.mentionedInConnection.edges.map((e) => e.properties.asWritten)).toContain(
      'Henna Virkunnen',
    );
  });
});

describe('organisations', () => {
  it('partOf, units and members follow the Commission structure', async () => {
    const { organisations } = await data<{
      organisations: {
        id: string;
        partOf: { id: string }[];
        units: { id: string }[];
        members: { name: string }[];
      }[];
    }>(`{ organisations(where: { id: { in: ["org:ai-office", "org:dg-connect"] } }, sort: [{ id: ASC }]) {
      id partOf { id } units { id } members { name }
    } }`);
    const [aiOffice, connect] = organisations;
    expect(aiOffice).toMatchObject({ id: 'org:ai-office', partOf: [{ id: 'org:dg-connect' }] });
    expect(names(aiOffice!.members)).toEqual(['Lucilla Sioli']);
    expect(connect).toMatchObject({ partOf: [{ id: 'org:european-commission' }] });
    expect(connect!.units.map((u) => u.id).sort()).toEqual([
      'org:ai-in-health-and-life-sciences-unit',
      'org:ai-office',
    ]);
    const {
      organisations: [unit],
    } = await data<{ organisations: { members: { name: string }[] }[] }>(
      '{ organisations(where: { id: { eq: "org:ai-in-health-and-life-sciences-unit" } }) { members { name } } }',
    );
    expect(names(unit!.members)).toEqual(['Saila Rinne']);
  });
});

describe('initiatives and projects', () => {
  it('VHT is aligned with the AI Continent Action Plan, Apply AI and Life Sciences strategies', async () => {
    const { initiatives } = await data<{
      initiatives: {
        alignedWith: { name: string }[];
        fundedByConnection: {
          edges: { properties: { amountEur: number }; node: { id: string } }[];
        };
        projects: { id: string }[];
        launched: string;
      }[];
    }>(`{ initiatives(where: { id: { eq: "initiative:vht" } }) {
      launched alignedWith { name } projects { id }
      fundedByConnection { edges { properties { amountEur } node { id } } }
    } }`);
    const vht = initiatives[0]!;
    expect(names(vht.alignedWith)).toEqual([
      'AI Continent Action Plan',
      'Apply AI Strategy',
      'Life Sciences Strategy',
    ]);
    expect(vht.launched).toBe('2023-12-01');
    expect(vht.fundedByConnection.edges[0]).toMatchObject({
      node: { id: 'org:european-commission' },
      properties: { amountEur: 100_000_000 },
    });
    expect(vht.projects.map((p) => p.id).sort()).toEqual(['project:edith', 'project:vbt']);
  });

  it('VBT is coordinated by EBRAINS; EDITH produced the VHT roadmap', async () => {
    const { projects } = await data<{
      projects: { id: string; coordinatedBy: { id: string }[] }[];
    }>(`{ projects(where: { id: { eq: "project:vbt" } }) { id coordinatedBy { id } } }`);
    expect(projects[0]!.coordinatedBy).toEqual([{ id: 'org:ebrains' }]);
    const { documents } = await data<{
      documents: { producedBy: { id?: string }[]; presentedAt: { id: string }[] }[];
    }>(
      `{ documents(where: { id: { eq: "doc:vht-roadmap" } }) {
        producedBy { ... on Project { id } ... on Organisation { id } } presentedAt { id } } }`,
    );
    expect(documents[0]).toEqual({
      producedBy: [{ id: 'project:edith' }],
      presentedAt: [{ id: EVENT }],
    });
  });
});

describe('facts the seed format accepts are visible in the API (model ↔ SDL)', () => {
  it('VBT is funded by the Commission (with the amount) and by Horizon Europe, a programme', async () => {
    const { projects } = await data<{
      projects: {
        fundedByConnection: {
          edges: { properties: { amountEur: number | null }; node: { id: string } }[];
        };
      }[];
    }>(
      `{ projects(where: { id: { eq: "project:vbt" } }) {
        fundedByConnection { edges { properties { amountEur } node { id } } } } }`,
    );
    const edges = projects[0]!.fundedByConnection.edges.map((e) => [
      e.node.id,
      e.properties.amountEur,
    ]);
    expect(edges.sort()).toEqual([
      ['initiative:horizon-europe', null],
      ['org:european-commission', 10_000_000],
    ]);
    const { initiatives } = await data<{ initiatives: { funds: { id: string }[] }[] }>(
      `{ initiatives(where: { id: { eq: "initiative:horizon-europe" } }) { funds { id } } }`,
    );
    expect(initiatives[0]!.funds.map((f) => f.id)).toContain('project:vbt');
  });
});

describe('statements', () => {
  it('madeBy and about', async () => {
    const { statements } = await data<{
      statements: { madeBy: { name: string }[]; about: { id?: string }[] }[];
    }>(
      `{ statements(where: { id: { eq: "statement:2025-10-21-schmich-colombel-clinical-trials" } }) {
        madeBy { name } about { ... on Topic { id } ... on Initiative { id } ... on Project { id } } } }`,
    );
    expect(names(statements[0]!.madeBy)).toEqual(['Fabian Schmich', 'Jean Colombel']);
    expect(statements[0]!.about.map((a) => a.id)).toEqual(
      expect.arrayContaining(['topic:clinical-trials', 'topic:rare-diseases', 'initiative:vht']),
    );
  });
});
