import { gql } from './graphql.js';
import type { DocumentRef, Network, Ranked, SearchHit } from './types.js';

const NETWORK = 'nodes { id label name kind } edges { source target type }';

export async function search(text: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const data = await gql<{ search: SearchHit[] }>(
    'query Search($text: String!, $limit: Int) { search(text: $text, limit: $limit) { id label name score } }',
    { text, limit: 12 },
    signal,
  );
  return data.search;
}

/** The neighbourhood of `id`: roles valid on `asOf`, meetings within `from`…`to`. */
export async function egoNetwork(
  id: string,
  depth: number,
  options: { asOf?: string; from?: string; to?: string } = {},
): Promise<Network> {
  const data = await gql<{ egoNetwork: Network }>(
    `query Ego($id: ID!, $depth: Int, $asOf: Date, $from: Date, $to: Date) {
      egoNetwork(id: $id, depth: $depth, asOf: $asOf, from: $from, to: $to) { ${NETWORK} truncated }
    }`,
    { id, depth, asOf: options.asOf ?? null, from: options.from ?? null, to: options.to ?? null },
  );
  return data.egoNetwork;
}

export async function connections(from: string, to: string, maxHops: number): Promise<Network> {
  const data = await gql<{ connections: Network }>(
    `query Paths($from: ID!, $to: ID!, $maxHops: Int) { connections(from: $from, to: $to, maxHops: $maxHops) { ${NETWORK} } }`,
    { from, to, maxHops },
  );
  return data.connections;
}

export async function central(scope: string | null, limit = 100): Promise<Ranked[]> {
  const data = await gql<{ central: Ranked[] }>(
    'query Central($scope: ID, $limit: Int) { central(scope: $scope, limit: $limit) { id score } }',
    { scope, limit },
  );
  return data.central;
}

/** Titles and links of documents cited by id in a relationship's `sources`. */
export async function documentsById(ids: readonly string[]): Promise<DocumentRef[]> {
  if (ids.length === 0) return [];
  const data = await gql<{ documents: DocumentRef[] }>(
    'query Docs($ids: [ID!]!) { documents(where: { id: { in: $ids } }) { id name url published publisher kind } }',
    { ids },
  );
  return data.documents;
}
