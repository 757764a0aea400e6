import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { cypherFile } from '../neo4j/cypher-file.js';
import { timeLeft, type RequestContext } from './context.js';
import { graphql } from './graphql-cjs.js';
import { closestIds, MAX_ID_LENGTH } from './id-arguments.js';
import { schemaIndex } from './shape/schema-index.js';

/** A hint for a question that found nothing, e.g. a name that is an alias. */
export interface Hint {
  readonly path: string;
  readonly message: string;
}

export interface HintBoard {
  hints?: Hint[];
}

interface LookUp {
  readonly property: 'id' | 'name' | 'acronym';
  readonly value: string;
}

/** What a `where` looks up exactly: `id`, `name` or `acronym` with `eq` (also inside AND). */
function lookedUp(where: unknown): LookUp | undefined {
  if (!where || typeof where !== 'object') return undefined;
  const w = where as Record<string, { eq?: unknown } | undefined> & { AND?: unknown[] };
  for (const property of ['id', 'name', 'acronym'] as const) {
    const value = w[property]?.eq;
    if (typeof value === 'string') return { property, value };
  }
  return (w.AND ?? []).map(lookedUp).find((n) => n !== undefined);
}

/**
 * A root list asked by exact id, name or acronym that comes back empty says what the graph has
 * in `extensions.hints`: the closest ids, or the entity whose name (ignoring case), alias or
 * acronym it is ("No Initiative has the name 'Virtual Human Twins Initiative' as written; … of
 * initiative:vht …"). The answer stays [].
 */
export function hintEmptyNameLookups(schema: GraphQLSchema, driver: Driver): void {
  const labels = schemaIndex().labels;
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const label = labels.get(graphql.getNamedType(field.type).name);
    if (label?.length !== 1 || !field.args.some((a) => a.name === 'where') || !field.resolve)
      continue;
    const resolve = field.resolve as GraphQLFieldResolver<unknown, RequestContext & HintBoard>;
    const wrapped: GraphQLFieldResolver<unknown, RequestContext & HintBoard> = async (
      source,
      args,
      context,
      info,
    ) => {
      const value: unknown = await resolve(source, args, context, info);
      const asked = Array.isArray(value) && value.length === 0 ? lookedUp(args.where) : undefined;
      if (asked) await hint(driver, context, label[0]!, asked, info.path.key as string);
      return value;
    };
    field.resolve = wrapped as GraphQLFieldResolver<unknown, unknown>;
  }
}

async function hint(
  driver: Driver,
  context: RequestContext & HintBoard,
  label: string,
  asked: LookUp,
  path: string,
): Promise<void> {
  const database = context.sessionConfig?.database ?? 'neo4j';
  const timeout = timeLeft(context.deadline);
  const found =
    asked.property === 'id'
      ? await closestIds(driver, database, asked.value.slice(0, MAX_ID_LENGTH), timeout)
      : (
          await driver.executeQuery(
            cypherFile('queries/name-hints.cypher'),
            { label, name: asked.value },
            { database, routing: 'READ', transactionConfig: { timeout } },
          )
        ).records.map((r) => `${String(r.get('id'))} (${String(r.get('name'))})`);
  const what = `No ${label} has the ${asked.property} "${asked.value.slice(0, 100)}"`;
  const message =
    found.length === 0
      ? `${what}; search(text:) finds names, aliases and spellings with typos.`
      : asked.property === 'id'
        ? `${what}. Closest known ids: ${found.join(', ')}.`
        : `${what} as written; it is the name (in other case), an alias or the acronym of ${found.join(', ')}: ask where: { id: { eq: … } }, or search(text:).`;
  context.hints ??= [];
  context.hints.push({ path, message });
}
