import { gql } from './graphql.js';
import {
  propertyFields,
  relationshipFields,
  rootFields,
  scalarFields,
  type RelationshipField,
} from './relationships.js';
import type { DocumentRef } from './types.js';

export interface RelatedNode {
  readonly __typename: string;
  readonly id: string;
  readonly name: string;
  readonly text?: string;
  readonly quoted?: boolean | null;
  readonly date?: string | null;
  readonly url?: string | null;
}

export interface RelatedEntry {
  readonly field: RelationshipField;
  readonly node: RelatedNode;
  readonly props: Readonly<Record<string, unknown>>;
}

export interface EntityDetails {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly props: Readonly<Record<string, unknown>>;
  readonly sources: readonly DocumentRef[];
  readonly related: readonly RelatedEntry[];
}

const nodeExtra: Readonly<Record<string, string>> = {
  Statement: ' text quoted date',
  Document: ' url published',
};

const nodeSelection = (targets: readonly string[]): string =>
  `__typename ${targets.map((t) => `... on ${t} { id name${nodeExtra[t] ?? ''} }`).join(' ')}`;

/**
 * One query for everything the side panel shows about an entity of this label. Relationship
 * properties are selected through `... on <Type>`: a field declared on an interface
 * (`Affiliation.partOf`) has properties of an interface type, where fields need the fragment.
 */
export function detailsQuery(label: string): string {
  const root = rootFields[label];
  if (!root) throw new Error(`Unknown label ${label}`);
  const connections = (relationshipFields[label] ?? []).map(
    (f) =>
      `${f.field}Connection { edges { properties { ... on ${f.props} { ${propertyFields[f.props]} } } node { ${nodeSelection(f.targets)} } } }`,
  );
  return (
    `query Details($id: ID!) { items: ${root}(where: { id: { eq: $id } }) { id name ${scalarFields[label] ?? ''} ` +
    `sources { id name url published publisher kind } ${connections.join(' ')} } }`
  );
}

type Raw = Record<string, unknown> & { id: string; name: string; sources: DocumentRef[] };
type RawConnection = { edges: { properties: Record<string, unknown>; node: RelatedNode }[] };

export async function entityDetails(id: string, label: string): Promise<EntityDetails | undefined> {
  const data = await gql<{ items: Raw[] }>(detailsQuery(label), { id });
  const raw = data.items[0];
  if (!raw) return undefined;
  const fields = relationshipFields[label] ?? [];
  const related: RelatedEntry[] = [];
  for (const field of fields) {
    const connection = raw[`${field.field}Connection`] as RawConnection | undefined;
    for (const edge of connection?.edges ?? []) {
      related.push({ field, node: edge.node, props: edge.properties });
    }
  }
  const props: Record<string, unknown> = {};
  // Top-level field names only: `quantities { counts value … }` is one field.
  const keys = (scalarFields[label] ?? '')
    .replace(/\{[^}]*\}/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  for (const key of keys) {
    const value = raw[key];
    if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0))
      props[key] = value;
  }
  return { id: raw.id, label, name: raw.name, props, sources: raw.sources, related };
}

/** The relationship (source)-[type]->(target) as the panel of `source` lists it, with its provenance. */
export function findEdge(
  details: EntityDetails,
  type: string,
  otherId: string,
  out: boolean,
): RelatedEntry[] {
  return details.related.filter(
    (e) => e.field.type === type && e.field.out === out && e.node.id === otherId,
  );
}
