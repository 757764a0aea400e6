import type { GraphQLResolveInfo } from 'graphql';
import type { ChangeAction } from '../audit/change.js';
import { ErrorCode } from '../errors/codes.js';
import type { RequestContext } from './context.js';
import { graphql } from './graphql-cjs.js';
import type { WriteSession } from './write-session.js';

const { GraphQLError, execute, parse, print } = graphql;

/** Ids read per page, and at most this many recorded for one root field. */
const PAGE = 500;
const MAX_IDS = 10_000;

type Entity = { id: string; action: ChangeAction };

/**
 * The entities one root mutation field touches, for the audit record: what `where` matches for
 * updateX/deleteX (read in the same transaction just before the write), the ids given to
 * createX and to nested create, and the ids named by nested connect/disconnect/delete/update
 * (`where: { node: { id: { eq | in } } }`) as "related". A deleteX whose `where` matches more nodes
 * than allowed is refused here, before anything is deleted.
 */
export async function affectedEntities(
  info: GraphQLResolveInfo,
  args: Record<string, unknown>,
  context: RequestContext,
  write: WriteSession,
): Promise<Entity[]> {
  const field = info.fieldName;
  const kind = /^(create|update|delete)/.exec(field)?.[1];
  const entities: Entity[] = [];
  if (kind === 'create' && Array.isArray(args.input)) {
    for (const input of args.input) pushId(entities, input, 'created');
  }
  if (kind === 'update' || kind === 'delete') {
    const matched = await readMatches(info, context, write, kind === 'delete');
    for (const id of matched)
      entities.push({ id, action: kind === 'delete' ? 'deleted' : 'updated' });
  }
  nested(args, entities);
  return entities;
}

function pushId(entities: Entity[], node: unknown, action: ChangeAction): void {
  const id = (node as { id?: unknown } | null)?.id;
  if (typeof id === 'string') entities.push({ id, action });
}

/** Walks nested relationship inputs: create → node ids; connect/disconnect/delete/update → where ids. */
function nested(value: unknown, entities: Entity[]): void {
  if (Array.isArray(value)) return value.forEach((v) => nested(v, entities));
  if (!value || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const items = Array.isArray(item) ? item : [item];
    if (key === 'create') {
      for (const i of items) pushId(entities, (i as { node?: unknown } | null)?.node, 'created');
    }
    if (['connect', 'disconnect', 'delete', 'update'].includes(key)) {
      for (const i of items) whereIds(i, entities);
    }
    nested(item, entities);
  }
}

function whereIds(item: unknown, entities: Entity[]): void {
  const id = (item as { where?: { node?: { id?: { eq?: unknown; in?: unknown } } } } | null)?.where
    ?.node?.id;
  if (typeof id?.eq === 'string') entities.push({ id: id.eq, action: 'related' });
  if (Array.isArray(id?.in)) {
    for (const v of id.in) if (typeof v === 'string') entities.push({ id: v, action: 'related' });
  }
}

/**
 * Ids matched by the root field's `where`, through the generated `<plural>Connection` query of the
 * same schema and transaction (the filter means exactly what it means for the write).
 */
async function readMatches(
  info: GraphQLResolveInfo,
  context: RequestContext,
  write: WriteSession,
  deleting: boolean,
): Promise<string[]> {
  const plural = info.fieldName.replace(/^(update|delete)/, '');
  const connection = `${plural.charAt(0).toLowerCase()}${plural.slice(1)}Connection`;
  if (!info.schema.getQueryType()?.getFields()[connection]) return [];
  const whereArg = info.fieldNodes[0]?.arguments?.find((a) => a.name.value === 'where');
  const variables = [
    ...(info.operation.variableDefinitions ?? []).map(print),
    '$auditAfter: String',
  ];
  const document = parse(
    `query AuditRead(${variables.join(', ')}) {
      c: ${connection}(first: ${PAGE}, after: $auditAfter${whereArg ? `, where: ${print(whereArg.value)}` : ''}) {
        totalCount edges { node { id } } pageInfo { hasNextPage endCursor }
      }
    }`,
    { noLocation: true },
  );
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const result = await execute({
      schema: info.schema,
      document,
      variableValues: { ...write.variables, auditAfter: after },
      contextValue: { ...context, executionContext: write.executionContext },
    });
    if (result.errors?.length) throw result.errors[0];
    const page = (result.data as { c: ConnectionPage }).c;
    if (deleting && page.totalCount > write.deleteAllowance)
      throw tooManyDeletes(page.totalCount, write);
    ids.push(...page.edges.map((e) => e.node.id));
    after = page.pageInfo.hasNextPage && ids.length < MAX_IDS ? page.pageInfo.endCursor : null;
  } while (after !== null);
  return ids;
}

interface ConnectionPage {
  totalCount: number;
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

function tooManyDeletes(count: number, write: WriteSession): Error {
  return new GraphQLError(
    `This mutation would delete ${count} nodes; more than ${write.deleteAllowance} need an explicit confirmation. Nothing was deleted. To confirm, write the operation as \`mutation … @allowMassDelete(upTo: ${count}) { … }\`.`,
    { extensions: { code: ErrorCode.DELETE_LIMIT_EXCEEDED } },
  );
}
