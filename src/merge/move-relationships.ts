import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { CypherRunner } from '../audit/record-change.js';
import { cypherFile } from '../neo4j/cypher-file.js';
import { decodeClaims, encodeClaims } from '../model/claims.js';
import { IDENTITY_PROPS, type RelationshipType } from '../model/relationship-types.js';
import { toPlain } from '../model/neo4j-values.js';
import { unite, uniteClaims } from './unite-properties.js';
import { groupBy } from '../seed/batches.js';

interface Rel {
  readonly eid: string;
  readonly type: string;
  readonly outgoing: boolean;
  readonly other: string;
  readonly otherId: string | null;
  readonly props: Record<string, unknown>;
}

export interface MovedRelationships {
  /** Relationships created on the kept entity. */
  readonly created: number;
  /** Relationships the kept entity already had, given the dropped one's sources and claims. */
  readonly united: number;
  /** Ids of the entities at the other end (for the audit trail). */
  readonly related: string[];
}

/**
 * Moves every relationship of `drop` to `keep`: same type, direction and properties. When `keep`
 * already has the same relationship (type, direction, other end and identity properties such as
 * HOLDS_ROLE.title) their `sources`, other lists and `claims` unite instead. A relationship between
 * the two is dropped (it would be a self-loop). The dropped entity's own relationships are deleted
 * with it afterwards.
 */
export async function moveRelationships(
  tx: CypherRunner,
  keep: { id: string; eid: string },
  dropId: string,
): Promise<MovedRelationships> {
  const keepRels = await readRels(tx, keep.id);
  const dropRels = await readRels(tx, dropId);
  const existing = new Map(keepRels.map((r) => [identity(r), r]));
  const creates = new Map<string, Rel>();
  const updates = new Map<string, { eid: string; props: Record<string, unknown> }>();
  const related = new Set<string>();
  for (const rel of dropRels) {
    if (rel.other === keep.eid) continue;
    if (rel.otherId) related.add(rel.otherId);
    const key = identity(rel);
    const known = existing.get(key);
    if (known) {
      const base = updates.get(known.eid)?.props ?? plain(known.props);
      updates.set(known.eid, { eid: known.eid, props: uniteRelProps(base, plain(rel.props)) });
      continue;
    }
    const pending = creates.get(key);
    creates.set(
      key,
      pending ? { ...pending, props: uniteRelProps(pending.props, plain(rel.props)) } : rel,
    );
  }
  const rows = [...creates.values()].map((r) => ({
    type: r.type,
    from: r.outgoing ? keep.eid : r.other,
    to: r.outgoing ? r.other : keep.eid,
    props: r.props,
  }));
  for (const [type, group] of groupBy(rows, (r) => r.type))
    await tx.run(cypherFile('seed/create-relationships.cypher'), { type, rows: group });
  if (updates.size) {
    await tx.run(cypherFile('seed/update-relationships.cypher'), { rows: [...updates.values()] });
  }
  return { created: rows.length, united: updates.size, related: [...related] };
}

async function readRels(tx: CypherRunner, id: string): Promise<Rel[]> {
  const result = (await tx.run(cypherFile('merge/relationships.cypher'), { id })) as {
    records: Neo4jRecord[];
  };
  return result.records.map((r) => ({
    eid: r.get('eid') as string,
    type: r.get('type') as string,
    outgoing: r.get('outgoing') as boolean,
    other: r.get('other') as string,
    otherId: r.get('otherId') as string | null,
    props: r.get('props') as Record<string, unknown>,
  }));
}

function identity(rel: Rel): string {
  const keys = IDENTITY_PROPS[rel.type as RelationshipType] ?? [];
  const values = keys.map((k) => toPlain(rel.props[k]));
  return JSON.stringify([rel.type, rel.outgoing, rel.other, values]);
}

/** Properties as stored (dates and numbers keep their Neo4j types), lists and claims united. */
function uniteRelProps(
  keep: Record<string, unknown>,
  drop: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...drop, ...keep };
  for (const [key, value] of Object.entries(drop)) {
    const mine = keep[key];
    if (key === 'claims') {
      out.claims = encodeClaims(uniteClaims([...decodeClaims(mine), ...decodeClaims(value)]));
    } else if (Array.isArray(mine) && Array.isArray(value)) out[key] = unite(mine, value);
  }
  return out;
}

const plain = (props: Record<string, unknown>): Record<string, unknown> => ({ ...props });
