import type { GraphQLInputType, GraphQLSchema } from 'graphql';
import type { CypherRunner } from '../audit/record-change.js';
import { ErrorCode } from '../errors/codes.js';
import { cypherFile } from '../neo4j/cypher-file.js';
import { graphql } from './graphql-cjs.js';

const {
  GraphQLError,
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} = graphql;

const badInput = (message: string): Error =>
  new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT } });

interface Citations {
  readonly ids: Set<string>;
  readonly schema: GraphQLSchema;
}

/**
 * Every relationship a mutation creates or changes must cite source documents, as loaded facts do:
 * `edge: { sources: ["doc:…"] }` non-empty when the relationship type requires sources (all but
 * MENTIONED_IN, whose end is the document itself), no `pop` that could empty it, and every id
 * the id of a Document in the graph (or created earlier in the same operation). Otherwise
 * BAD_USER_INPUT naming the argument path. Runs inside the operation's transaction.
 */
export async function checkProvenance(
  schema: GraphQLSchema,
  field: string,
  args: Record<string, unknown>,
  argTypes: readonly { name: string; type: GraphQLInputType }[],
  tx: CypherRunner,
): Promise<void> {
  const citations: Citations = { ids: new Set(), schema };
  for (const arg of argTypes) walk(citations, args[arg.name], arg.type, `${field}.${arg.name}`);
  if (citations.ids.size === 0) return;
  const result = (await tx.run(cypherFile('mutations/known-documents.cypher'), {
    ids: [...citations.ids],
  })) as { records: { get(key: string): unknown }[] };
  const known = new Set((result.records[0]?.get('ids') as string[] | undefined) ?? []);
  const unknown = [...citations.ids].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw badInput(
      `${field}: "sources" must be ids of Documents in the graph; unknown: ${unknown.slice(0, 5).join(', ')}.`,
    );
  }
}

function walk(c: Citations, value: unknown, type: GraphQLInputType, path: string): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) value.forEach((v, i) => walk(c, v, nullable.ofType, `${path}[${i}]`));
    return;
  }
  if (!isInputObjectType(nullable) || typeof value !== 'object') return;
  const fields = nullable.getFields();
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const field = fields[key];
    if (!field) continue;
    if (key === 'edge') checkEdge(c, item, field.type, `${path}.edge`);
    walk(c, item, field.type, `${path}.${key}`);
  }
}

/** `edge` inputs are named <Properties>CreateInput / <Properties>UpdateInput. */
function checkEdge(c: Citations, edge: unknown, type: GraphQLInputType, path: string): void {
  const named = getNullableType(type);
  if (!isInputObjectType(named)) return;
  const match = /^(.+)(Create|Update)Input$/.exec(named.name);
  const properties = match ? c.schema.getType(match[1] ?? '') : undefined;
  if (!match || !isObjectType(properties)) return;
  const sourcesField = properties.getFields().sources;
  if (!sourcesField) return;
  const required = isNonNullType(sourcesField.type);
  const value = (edge ?? {}) as Record<string, unknown>;
  if (match[2] === 'Create') {
    const sources = value.sources;
    if (required && (!Array.isArray(sources) || sources.length === 0)) {
      throw badInput(
        `${path}.sources: a relationship must cite at least one source document (e.g. sources: ["doc:…"]).`,
      );
    }
    if (Array.isArray(sources)) cite(c, sources);
    return;
  }
  const update = value.sources as { set?: unknown; push?: unknown; pop?: unknown } | undefined;
  if (!update) return;
  if (required && Array.isArray(update.set) && update.set.length === 0) {
    throw badInput(`${path}.sources: a relationship must keep at least one source document.`);
  }
  if (required && update.pop !== undefined && update.pop !== null) {
    throw badInput(`${path}.sources: "pop" could leave no source; use "set" with the new list.`);
  }
  for (const list of [update.set, update.push]) if (Array.isArray(list)) cite(c, list);
}

function cite(c: Citations, ids: unknown[]): void {
  for (const id of ids) if (typeof id === 'string') c.ids.add(id);
}
