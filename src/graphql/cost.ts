import type { DocumentNode, FragmentDefinitionNode, GraphQLSchema } from 'graphql';
import { ErrorCode } from '../errors/codes.js';
import { estimateSelection, MAX_FIELDS_ESTIMATED, type CostStep } from './cost/estimate.js';
import { graphql } from './graphql-cjs.js';
import { MAX_COST, MAX_REQUESTED } from './limits.js';
import type { GraphShape } from './shape/graph-shape.js';
import { schemaIndex, type SchemaIndex } from './shape/schema-index.js';

const { GraphQLError, Kind, getOperationAST, getVariableValues } = graphql;

export interface CostRequest {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly variables: Record<string, unknown> | undefined;
  readonly operationName: string | undefined;
}

/** What `extensions.cost` of every answer says. */
export interface CostReport {
  /** Objects the answer may hold: each list bounded by its limit and by the graph's real fan-out. */
  readonly estimated: number;
  readonly limit: number;
  /** Objects the request asks for in the sizes it states (limit, first), whatever the graph holds. */
  readonly requested: number;
  readonly requestedLimit: number;
  /** The costliest path, e.g. "organisations ×1 → Organisation.meetings ×160 → Event.officials ×320". */
  readonly path: string;
}

export interface CostOptions {
  readonly shape: GraphShape | undefined;
  readonly index?: SchemaIndex;
  readonly maxCost?: number;
  readonly maxRequested?: number;
}

const badInput = (message: string) =>
  new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
  });
const tooComplex = (message: string) =>
  new GraphQLError(message, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } },
  });

const fmt = (n: number): string =>
  Number.isFinite(n) ? Math.round(n).toLocaleString('en-GB') : '∞';

/**
 * "organisations ×2 → Organisation.meetings ×100 (≤50 per organisation) → Event.officials ×150
 * (≈2 per event)": ≤ the most one parent has, ≈ the typical number for many reached parents.
 */
export function describePath(path: readonly CostStep[]): string {
  return path
    .map((s) => {
      const name = s.field.startsWith('Query.') ? s.field.slice(6) : s.field;
      const fan =
        s.perParent < s.items ? ` (${s.typical ? '≈' : '≤'}${fmt(s.perParent)} per ${s.per})` : '';
      return `${name} ×${fmt(s.items)}${fan}`;
    })
    .join(' → ');
}

/** Estimates the operation with its variables (no limit applied). */
export function estimateCost(request: CostRequest, options: CostOptions): CostReport {
  const operation = getOperationAST(request.document, request.operationName);
  const root = request.schema.getQueryType();
  if (!operation || !root) throw badInput('No operation to estimate.');
  const coerced = getVariableValues(
    request.schema,
    operation.variableDefinitions ?? [],
    request.variables ?? {},
  );
  if (coerced.errors) throw badInput(coerced.errors.map((e) => e.message).join(' '));
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of request.document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  }
  const type = operation.operation === 'mutation' ? request.schema.getMutationType() : root;
  const estimate = estimateSelection(
    operation.selectionSet,
    { type: type ?? root, items: 1, requested: 1, distinct: false },
    {
      schema: request.schema,
      index: options.index ?? schemaIndex(),
      shape: options.shape,
      fragments,
      variables: coerced.coerced,
      budget: { left: MAX_FIELDS_ESTIMATED },
    },
  );
  return {
    estimated: Math.ceil(estimate.cost),
    limit: options.maxCost ?? MAX_COST,
    requested: Math.ceil(estimate.requested),
    requestedLimit: options.maxRequested ?? MAX_REQUESTED,
    path: describePath(estimate.path),
  };
}

/**
 * The operation's cost, evaluated with its variables; throws QUERY_TOO_COMPLEX naming the
 * costliest path above the limit, BAD_USER_INPUT for bad pagination arguments or variables.
 */
export function checkCost(request: CostRequest, options: CostOptions): CostReport {
  let report: CostReport;
  try {
    report = estimateCost(request, options);
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code) throw error;
    throw badInput(error instanceof Error ? error.message : String(error));
  }
  if (report.estimated > report.limit) {
    throw tooComplex(
      `Query cost limit of ${report.limit} exceeded: the answer may hold ${fmt(report.estimated)} objects ` +
        `in this graph. Costliest path: ${report.path}. Ask for fewer items (limit, first), filter ` +
        `(where), or nest fewer lists.`,
    );
  }
  if (report.requested > report.requestedLimit) {
    throw tooComplex(
      `Query cost limit of ${report.requestedLimit} exceeded: the request asks for up to ` +
        `${fmt(report.requested)} objects (the limit and first it states, whatever the graph holds). ` +
        `Costliest path: ${report.path}. Ask for fewer items per list (limit, first).`,
    );
  }
  return report;
}
