import { editDistance } from '../model/names/edit-distance.js';
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { ErrorCode } from '../errors/codes.js';
import { cypherFile } from '../neo4j/cypher-file.js';
import { timeLeft, type RequestContext } from './context.js';
import { graphql } from './graphql-cjs.js';

/** Unbounded edit distance, for ranking the closest ids. */
const distance = (a: string, b: string): number => editDistance(a, b, Math.max(a.length, b.length));

/** Any entity label. */
const ANY = undefined;
type Labels = readonly string[] | typeof ANY;

/**
 * The id arguments of the custom queries and the labels each accepts (ANY: every entity). An id
 * the graph does not know is NOT_FOUND naming the argument and the closest known ids; an id of
 * another label is BAD_USER_INPUT. Checked before the query's own Cypher runs.
 */
export const ID_ARGUMENTS: Record<string, Record<string, Labels>> = {
  meetings: {
    official: ['Person'],
    organisation: ['Organisation'],
    initiative: ['Initiative', 'Topic', 'Project'],
  },
  meetingsCount: {
    official: ['Person'],
    organisation: ['Organisation'],
    initiative: ['Initiative', 'Topic', 'Project'],
  },
  meetingCounts: {
    official: ['Person'],
    organisation: ['Organisation'],
    initiative: ['Initiative', 'Topic', 'Project'],
  },
  meetingsPerYear: { id: ['Person', 'Organisation'] },
  egoNetwork: { id: ANY },
  connections: { from: ANY, to: ANY },
  commonConnections: { a: ANY, b: ANY },
  central: { scope: ANY },
  topParticipants: { programme: ['Initiative'] },
  weightedNetwork: { id: ANY },
  sharedProjects: { a: ['Organisation'], b: ['Organisation'] },
};

const article = (label: string): string => `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`;

const fail = (message: string, code: string) =>
  new graphql.GraphQLError(message, { extensions: { code } });

/** Longest id argument accepted (ids are `prefix:slug`, slugs far shorter). */
export const MAX_ID_LENGTH = 200;

export async function closestIds(
  driver: Driver,
  database: string,
  id: string,
  timeout: number,
): Promise<string[]> {
  const colon = id.indexOf(':');
  if (colon <= 0) return [];
  const prefix = id.slice(0, colon + 1);
  const words = id
    .slice(colon + 1)
    .split(/[^a-z0-9]+/i)
    .filter((w) => w.length >= 3)
    .map((w) => w.toLowerCase())
    .slice(0, 5);
  if (words.length === 0) return [];
  const result = await driver.executeQuery(
    cypherFile('queries/closest-ids.cypher'),
    { prefix, words },
    { database, routing: 'READ', transactionConfig: { timeout } },
  );
  return result.records
    .map((r) => String(r.get('id')))
    .sort((a, b) => distance(a, id) - distance(b, id) || a.localeCompare(b))
    .slice(0, 3);
}

async function checkIds(
  driver: Driver,
  context: RequestContext,
  field: string,
  args: Record<string, unknown>,
): Promise<void> {
  const wanted = Object.entries(ID_ARGUMENTS[field] ?? {}).filter(
    ([name]) => typeof args[name] === 'string',
  );
  if (wanted.length === 0) return;
  for (const [name] of wanted) {
    if ((args[name] as string).length > MAX_ID_LENGTH) {
      throw fail(
        `${field}(${name}:): an id is at most ${MAX_ID_LENGTH} characters.`,
        ErrorCode.BAD_USER_INPUT,
      );
    }
  }
  const database = context.sessionConfig?.database ?? 'neo4j';
  const ids = wanted.map(([name]) => args[name] as string);
  const result = await driver.executeQuery(
    cypherFile('queries/check-ids.cypher'),
    { ids },
    { database, routing: 'READ', transactionConfig: { timeout: timeLeft(context.deadline) } },
  );
  const labelOf = new Map(
    result.records.map((r) => [String(r.get('id')), r.get('label') as string | null]),
  );
  for (const [name, labels] of wanted) {
    const id = args[name] as string;
    const label = labelOf.get(id);
    if (!label) {
      const near = await closestIds(driver, database, id, timeLeft(context.deadline));
      const hint =
        near.length > 0
          ? ` Closest known ids: ${near.join(', ')}.`
          : ' Find ids with search(text:).';
      throw fail(`${field}(${name}:): no entity has the id "${id}".${hint}`, ErrorCode.NOT_FOUND);
    }
    if (labels && !labels.includes(label)) {
      throw fail(
        `${field}(${name}:): "${id}" is ${article(label)}; ${name} takes the id of ${labels.map(article).join(' or ')}.`,
        ErrorCode.BAD_USER_INPUT,
      );
    }
  }
}

/** Wraps the custom queries named in ID_ARGUMENTS with the id check. */
export function checkIdArguments(schema: GraphQLSchema, driver: Driver): void {
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const name of Object.keys(ID_ARGUMENTS)) {
    const field = fields[name];
    if (!field) continue;
    const resolve = field.resolve as GraphQLFieldResolver<unknown, RequestContext>;
    const wrapped: GraphQLFieldResolver<unknown, RequestContext> = async (
      source,
      args,
      context,
      info,
    ) => {
      await checkIds(driver, context, name, args as Record<string, unknown>);
      return resolve(source, args, context, info);
    };
    field.resolve = wrapped as GraphQLFieldResolver<unknown, unknown>;
  }
}
