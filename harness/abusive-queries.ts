import { getIntrospectionQuery } from 'graphql';

/** Requests of issue 13 and the heaviest ones that pass the limits (tests and bench/api). */

/** GraphiQL's introspection query (the standard one). */
export const FULL_INTROSPECTION = getIntrospectionQuery({ inputValueDeprecation: true });

/** Issue 13 #1: n aliased full `__schema` selections in one request. */
export function schemaAliases(n = 15): string {
  const fields = 'types { name kind fields { name args { name type { name kind } } } }';
  return `{ ${Array.from({ length: n }, (_, i) => `s${i}: __schema { ${fields} }`).join(' ')} }`;
}

/** Issue 13 #2: speakers(limit: 500) → spokeAt(limit: 500) down to depth 10, under 15 aliases. */
export function speakerChain(aliases = 15, depth = 10, limit: number | string = 500): string {
  let selection = 'id';
  for (let i = depth; i > 0; i--) {
    selection = `${i % 2 ? 'spokeAt' : 'speakers'}(limit: ${limit}) { id ${selection} }`;
  }
  const roots = Array.from(
    { length: aliases },
    (_, i) => `a${i}: people(limit: ${limit}) { ${selection} }`,
  );
  return `${typeof limit === 'string' ? 'query ($n: Int) ' : ''}{ ${roots.join(' ')} }`;
}

/**
 * The heaviest requests that pass every limit (cost ≤ 25,000): wide lists of the largest entities
 * (statements carry text), network questions at their bounds, and the lists behind `sources`.
 */
export const WORST_WITHIN_LIMITS: Record<string, string> = {
  'statements, 15 aliases × 500': `{ ${Array.from(
    { length: 15 },
    (_, i) =>
      `s${i}: statements(limit: 500, offset: ${i * 500}) { id name text aliases quoted date }`,
  ).join(' ')} }`,
  // Each costs its walk (1,000 per hop) plus 500 nodes and 2,000 edges: four fit in 25,000.
  'egoNetwork depth 3, 4 aliases': `{ ${[
    'initiative:vht',
    'initiative:ehds',
    'org:dg-connect',
    'org:european-commission',
  ]
    .map(
      (id, i) =>
        `e${i}: egoNetwork(id: "${id}", depth: 3) { nodes { id label name kind } edges { source target type } }`,
    )
    .join(' ')} }`,
  'people with their sources': `{ people(limit: 124) { id name aliases sources { id name title url publisher } } }`,
};
