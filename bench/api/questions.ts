import neo4j from 'neo4j-driver';
import { cypherFile } from '../../src/neo4j/cypher-file.js';
import { benchCypher } from '../cypher.js';

/** Ids the questions are asked about (picked from the loaded graph, deterministic). */
export interface Anchors {
  readonly person: string;
  readonly other: string;
  /** The busiest initiative (a hub). */
  readonly initiative: string;
  /** An initiative with 20–40 links: a neighbourhood that does not grow with the graph. */
  readonly typicalInitiative: string;
  readonly term: string;
}

/** The parameters of cypher/queries/ego-network.cypher at depth 2, no filter (as the API sends them). */
export const egoParams = (id: string): Record<string, unknown> => ({
  id,
  depth: neo4j.int(2),
  asOf: null,
  types: null,
  labels: null,
  from: null,
  to: null,
});

/** One researcher question: as a GraphQL operation and as equivalent hand-written Cypher. */
export interface Question {
  readonly name: string;
  readonly graphql: string;
  readonly variables: Record<string, unknown>;
  readonly cypher: string;
  readonly params: Record<string, unknown>;
  /** How many items an answer holds, to check that the two forms agree. */
  readonly size: (data: unknown) => number;
}

/** Ids in an answer: the same for the GraphQL and the Cypher form of a question. */
const json = (v: unknown): number => JSON.stringify(v ?? null).split('"id":').length - 1;

export function questions(a: Anchors): Question[] {
  return [
    {
      name: 'entity with roles',
      graphql: `query Entity($id: ID!) { people(where: { id: { eq: $id } }) { id name aliases
        rolesConnection { edges { properties { title since until } node { id name kind } } } } }`,
      variables: { id: a.person },
      cypher: benchCypher('entity-with-roles'),
      params: { id: a.person },
      size: json,
    },
    {
      name: 'ego network depth 2',
      graphql: `query Ego($id: ID!) { egoNetwork(id: $id, depth: 2) {
        nodes { id label name kind } edges { source target type } } }`,
      variables: { id: a.person },
      cypher: cypherFile('queries/ego-network.cypher'),
      params: egoParams(a.person),
      size: json,
    },
    initiativePage('initiative page', a.initiative),
    {
      name: 'path between two people',
      graphql: `query Path($from: ID!, $to: ID!) { connections(from: $from, to: $to, maxHops: 4) {
        nodes { id label name } edges { source target type } } }`,
      variables: { from: a.person, to: a.other },
      cypher: cypherFile('queries/connections.cypher'),
      params: { from: a.person, to: a.other, maxHops: neo4j.int(4), k: neo4j.int(10), via: null },
      size: json,
    },
    {
      name: 'search',
      graphql: `query Search($text: String!) { search(text: $text, limit: 10) { score id label name } }`,
      variables: { text: a.term },
      cypher: cypherFile('queries/search.cypher'),
      params: { text: a.term, limit: neo4j.int(10), labels: null },
      size: json,
    },
  ];
}

/**
 * The fixed cost of a request: an empty GraphQL operation and the smallest Cypher statement, asked
 * in the same rounds, so each question's overhead can be split into this floor and the rest.
 */
export const FLOOR: Question = {
  name: 'floor: { __typename } vs RETURN 1',
  graphql: '{ __typename }',
  variables: {},
  cypher: benchCypher('return-one'),
  params: {},
  size: json,
};

/** The initiative page question for one initiative. */
export function initiativePage(name: string, id: string): Question {
  return {
    name,
    graphql: `query Initiative($id: ID!) { initiatives(where: { id: { eq: $id } }) {
      id name acronym kind launched budgetEur
      ledBy { id name }
      fundedByConnection { edges { properties { amountEur } node { id name } } }
      projects { id name acronym coordinatedBy { id name } }
      events { id name date }
      sources { id name published } } }`,
    variables: { id },
    cypher: benchCypher('initiative-page'),
    params: { id },
    size: json,
  };
}

export async function pickAnchors(
  run: (cypher: string) => Promise<Record<string, unknown>[]>,
): Promise<Anchors> {
  const [row] = await run(benchCypher('pick-anchors'));
  if (!row?.person || !row.other || !row.initiative || !row.typicalInitiative) {
    throw new Error('the bench graph has no anchors: load a generated data set first');
  }
  return row as unknown as Anchors;
}
