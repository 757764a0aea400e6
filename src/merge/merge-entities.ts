import type { Record as Neo4jRecord } from 'neo4j-driver';
import { recordChange, type CypherRunner } from '../audit/record-change.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/codes.js';
import { cypherFile } from '../neo4j/cypher-file.js';
import { toNeo4j } from '../model/neo4j-values.js';
import { moveRelationships } from './move-relationships.js';
import { externalIdConflicts, uniteProperties } from './unite-properties.js';

export interface MergeRequest {
  readonly keep: string;
  readonly drop: string;
  readonly reason: string;
  /** Who merges (`cli:<user>`, `jwt:<sub>`) and under which request id, for the audit trail. */
  readonly actor: string;
  readonly requestId: string;
}

export interface MergeResult {
  /** The kept entity's id (the target of `keep`'s redirect when `keep` was itself merged away). */
  readonly keep: string;
  readonly drop: string;
  readonly label: string;
  readonly relationshipsMoved: number;
  readonly relationshipsUnited: number;
  /** Older redirects to `drop` that now point at `keep`. */
  readonly redirectsCollapsed: number;
  readonly changeId: string;
}

interface Found {
  readonly asked: string;
  readonly redirectTo: string | null;
  readonly id: string | null;
  readonly label: string | null;
  readonly props: Record<string, unknown>;
}

const bad = (message: string, hint?: string): AppError =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, hint ? { hint } : {});

/**
 * Merges `drop` into `keep` inside the caller's transaction (LittleSis' and Wikidata's merge with
 * redirect): relationships move (./move-relationships.ts), properties, aliases, claims and external
 * ids unite (./unite-properties.ts), `drop` becomes (:Redirect {id, redirectTo: keep, reason, at})
 * and the merge is appended to the audit trail. Refused (nothing written): an unknown id, the same
 * entity twice, different labels, a `drop` already merged, two different external ids.
 */
export async function mergeEntities(tx: CypherRunner, request: MergeRequest): Promise<MergeResult> {
  const reason = request.reason.trim();
  if (!reason) throw bad('A merge needs a reason (--reason "…").');
  const [keep, drop] = await readPair(tx, request);
  if (drop.redirectTo !== null) {
    throw bad(`'${drop.asked}' was already merged into '${drop.redirectTo}'.`);
  }
  for (const found of [keep, drop]) {
    if (found.id === null) {
      throw new AppError(ErrorCode.NOT_FOUND, `No entity has the id '${found.asked}'.`);
    }
  }
  if (keep.id === drop.id) {
    throw bad(
      `Cannot merge '${drop.asked}' into itself${keep.redirectTo ? ` (via '${keep.asked}')` : ''}.`,
    );
  }
  if (keep.label !== drop.label) {
    throw bad(
      `Cannot merge a ${drop.label} ('${drop.id}') into a ${keep.label} ('${keep.id}'): both must have the same label.`,
    );
  }
  const conflicts = externalIdConflicts(keep.props, drop.props);
  if (conflicts.length) {
    throw bad(
      `'${keep.id}' and '${drop.id}' have different external ids (${conflicts.join('; ')}): they look like two different entities.`,
      'Correct the wrong external id first, then merge.',
    );
  }
  const keepId = keep.id!;
  const dropId = drop.id!;
  const props = toNeo4j(uniteProperties(keep.props, drop.props));
  const updated = (await tx.run(cypherFile('merge/update-keep.cypher'), {
    keep: keepId,
    props,
  })) as { records: Neo4jRecord[] };
  const eid = updated.records[0]!.get('eid') as string;
  const moved = await moveRelationships(tx, { id: keepId, eid }, dropId);
  const redirected = (await tx.run(cypherFile('merge/redirect-drop.cypher'), {
    keep: keepId,
    drop: dropId,
    label: keep.label,
    reason,
  })) as { records: Neo4jRecord[] };
  const collapsed = Number(redirected.records[0]?.get('collapsed') ?? 0);
  const changeId = await recordChange(tx, {
    actor: request.actor,
    operation: 'merge',
    name: `merge ${dropId} into ${keepId}`,
    fields: [reason],
    requestId: request.requestId,
    entities: [
      { id: keepId, action: 'merged' },
      { id: dropId, action: 'redirected' },
      ...moved.related.map((id) => ({ id, action: 'related' as const })),
    ],
    counts: {
      nodesDeleted: 1,
      relationshipsCreated: moved.created,
      propertiesSet: Object.keys(props).length + moved.united,
    },
  });
  return {
    keep: keepId,
    drop: dropId,
    label: keep.label!,
    relationshipsMoved: moved.created,
    relationshipsUnited: moved.united,
    redirectsCollapsed: collapsed,
    changeId,
  };
}

async function readPair(tx: CypherRunner, request: MergeRequest): Promise<[Found, Found]> {
  const result = (await tx.run(cypherFile('merge/read-pair.cypher'), {
    keep: request.keep,
    drop: request.drop,
  })) as { records: Neo4jRecord[] };
  const [keep, drop] = result.records.map((r): Found => ({
    asked: r.get('asked') as string,
    redirectTo: r.get('redirectTo') as string | null,
    id: r.get('id') as string | null,
    label: r.get('label') as string | null,
    props: (r.get('props') as Record<string, unknown> | null) ?? {},
  }));
  return [keep!, drop!];
}
