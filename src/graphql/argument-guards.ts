import { GraphQLError, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { ErrorCode } from '../errors/codes.js';
import { LABELS } from '../model/labels.js';
import { MAX_OFFSET } from './limits.js';

type Args = Record<string, unknown>;
type Check = (args: Args) => string | undefined;

const range =
  (name: string, min: number, max: number): Check =>
  (args) => {
    const value = args[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || value < min || value > max) {
      return `"${name}" must be between ${min} and ${max} (got ${String(value)}).`;
    }
    return undefined;
  };

const maxLength =
  (name: string, max: number): Check =>
  (args) => {
    const value = args[name];
    return typeof value === 'string' && value.length > max
      ? `"${name}" must be at most ${max} characters (got ${value.length}).`
      : undefined;
  };

/**
 * weightedNetwork(by: PROJECTS) stays at depth 1: the partners' own partners are thousands
 * (CNRS: 4,412 partners), and the links among the partners already show who works with whom.
 */
const oneRingFor =
  (by: string): Check =>
  (args) =>
    args.by === by && typeof args.depth === 'number' && args.depth > 1
      ? `"depth" 2 is for MEETINGS and ROLES; by ${by} shows the links among the partners at depth 1.`
      : undefined;

const LABEL_NAMES: readonly string[] = LABELS;

const labelList =
  (name: string): Check =>
  (args) => {
    const value = args[name];
    if (!Array.isArray(value)) return undefined;
    const unknown = value.filter((l) => !LABEL_NAMES.includes(String(l)));
    return unknown.length > 0
      ? `"${name}" takes ${LABEL_NAMES.join(', ')} (got ${unknown.join(', ')}).`
      : undefined;
  };

/** The largest `limit` of each custom query (the generated lists: MAX_LIST_SIZE). */
export const LIMIT_MAX: Readonly<Record<string, number>> = {
  search: 100,
  central: 100,
  meetings: 500,
  meetingCounts: 500,
  reviewQueue: 500,
  weightedNetwork: 500,
  sharedProjects: 500,
};

/**
 * Bounds of the custom queries, checked before any Cypher runs (the .cypher files clamp the same
 * values again). Out of range → BAD_USER_INPUT with a message that says the allowed range.
 */
const checks: Record<string, Check[]> = {
  search: [range('limit', 1, LIMIT_MAX.search!), maxLength('text', 200), labelList('labels')],
  searchCount: [maxLength('text', 200), labelList('labels')],
  egoNetwork: [range('depth', 1, 3), labelList('labels')],
  connections: [range('maxHops', 1, 6), range('k', 1, 25), labelList('via')],
  commonConnections: [range('depth', 1, 2)],
  central: [range('limit', 1, LIMIT_MAX.central!)],
  meetings: [
    range('limit', 1, LIMIT_MAX.meetings!),
    range('offset', 0, MAX_OFFSET),
    maxLength('subject', 200),
  ],
  meetingCounts: [
    range('limit', 1, LIMIT_MAX.meetingCounts!),
    range('offset', 0, MAX_OFFSET),
    maxLength('subject', 200),
  ],
  reviewQueue: [range('limit', 1, LIMIT_MAX.reviewQueue!), range('offset', 0, MAX_OFFSET)],
  weightedNetwork: [
    range('depth', 1, 2),
    range('limit', 1, LIMIT_MAX.weightedNetwork!),
    range('offset', 0, MAX_OFFSET),
    oneRingFor('PROJECTS'),
  ],
  sharedProjects: [range('limit', 1, LIMIT_MAX.sharedProjects!), range('offset', 0, MAX_OFFSET)],
};

export function guardArguments(schema: GraphQLSchema): void {
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const [name, fieldChecks] of Object.entries(checks)) {
    const field = fields[name];
    if (!field?.resolve) throw new Error(`Query.${name} is missing from the schema`);
    const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve;
    field.resolve = (source, args: Args, context, info) => {
      for (const check of fieldChecks) {
        const problem = check(args);
        if (problem) {
          throw new GraphQLError(`${name}: ${problem}`, {
            extensions: { code: ErrorCode.BAD_USER_INPUT },
          });
        }
      }
      return resolve(source, args, context, info);
    };
  }
}
