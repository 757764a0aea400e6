import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { cypherFile } from '../neo4j/cypher-file.js';
import { timeLeft, type RequestContext } from './context.js';
import { graphql } from './graphql-cjs.js';
import { schemaIndex } from './shape/schema-index.js';

/** A hint for a question that found nothing, e.g. a name that is an alias. */
export interface Hint {
  readonly path: string;
  readonly message: string;
}

export interface HintBoard {
  hints?: Hint[];
}

/** The name a `where` looks up exactly: `name: { eq }` (also inside AND). */
function lookedUpName(where: unknown): string | undefined {
  if (!where || typeof where !== 'object') return undefined;
  const w = where as { name?: { eq?: unknown }; AND?: unknown[] };
  if (typeof w.name?.eq === 'string') return w.name.eq;
  return (w.AND ?? []).map(lookedUpName).find((n) => n !== undefined);
}

/**
 * A root list asked by exact name that comes back empty looks the name up ignoring case, among
 * aliases and acronyms, and says what it found in `extensions.hints` ("No initiative is named
 * 'Virtual Human Twins Initiative'; it is an alias of initiative:vht …"). The answer stays [].
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
      const name =
        Array.isArray(value) && value.length === 0 ? lookedUpName(args.where) : undefined;
      if (name) await hint(driver, context, label[0]!, name, info.path.key as string);
      return value;
    };
    field.resolve = wrapped as GraphQLFieldResolver<unknown, unknown>;
  }
}

async function hint(
  driver: Driver,
  context: RequestContext & HintBoard,
  label: string,
  name: string,
  path: string,
): Promise<void> {
  const { records } = await driver.executeQuery(
    cypherFile('queries/name-hints.cypher'),
    { label, name },
    {
      database: context.sessionConfig?.database ?? 'neo4j',
      routing: 'READ',
      transactionConfig: { timeout: timeLeft(context.deadline) },
    },
  );
  const found = records.map((r) => `${String(r.get('id'))} (${String(r.get('name'))})`);
  const message =
    found.length > 0
      ? `No ${label} has the name "${name}" as written; it is the name (in other case), an alias or the acronym of ${found.join(', ')}: ask where: { id: { eq: … } }, or search(text:).`
      : `No ${label} has the name "${name}"; search(text: "${name.slice(0, 60)}") finds names, aliases and spellings with typos.`;
  context.hints ??= [];
  context.hints.push({ path, message });
}
