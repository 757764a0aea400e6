import type { GraphQLField, GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { LIMIT_MAX } from './argument-guards.js';
import { graphql } from './graphql-cjs.js';
import { DEFAULT_LIST_SIZE, MAX_LIST_SIZE } from './limits.js';

const { defaultFieldResolver, isObjectType, responsePathAsArray, Kind } = graphql;

/** A list the server cut at its default or maximum size: more items may exist. */
export interface ListNotice {
  /** Path in the answer, e.g. "organisations" or "organisations.3.meetings". */
  readonly path: string;
  readonly returned: number;
  readonly pageSize: number;
  readonly message: string;
}

/** Notices kept per answer; more are counted, not listed. */
export const MAX_NOTICES = 20;

export interface NoticeBoard {
  notices?: ListNotice[];
  noticesDropped?: number;
}

type Info = Parameters<GraphQLFieldResolver<unknown, unknown>>[3];
type Field = GraphQLField<unknown, unknown>;

const explicitLimit = (info: Info): boolean =>
  info.fieldNodes.some((n) =>
    n.arguments?.some((a) => a.name.value === 'limit' && a.value.kind !== Kind.NULL),
  );

function record(board: NoticeBoard, notice: ListNotice): void {
  board.notices ??= [];
  if (board.notices.length < MAX_NOTICES) board.notices.push(notice);
  else board.noticesDropped = (board.noticesDropped ?? 0) + 1;
}

/** What a client can do to get the rest, from the field's own arguments and sibling fields. */
function howToGetMore(type: GraphQLObjectType, field: Field, max: number): string {
  const siblings = type.getFields();
  const paging = field.args.some((a) => a.name === 'offset')
    ? `page with limit (up to ${max}) and offset`
    : `ask for up to ${max} with limit`;
  if (siblings[`${field.name}Connection`]) {
    return `${paging}, or ${field.name}Connection { totalCount } to page with cursors`;
  }
  const count = siblings[`${field.name}Count`] ? `; ${field.name}Count gives the total` : '';
  return `${paging}${count}`;
}

/** The page size a list was cut at by the server (not by the client's own limit), if it was. */
function serverPageSize(field: Field, args: Record<string, unknown>, info: Info, max: number) {
  const explicit = explicitLimit(info);
  const asked = typeof args.limit === 'number' ? args.limit : undefined;
  if (explicit && asked !== undefined && asked <= max) return undefined;
  const declared = field.args.find((a) => a.name === 'limit')?.defaultValue;
  const size = explicit ? max : typeof declared === 'number' ? declared : DEFAULT_LIST_SIZE;
  return { size, explicit };
}

type Check = (
  value: unknown,
  ...rest: Parameters<GraphQLFieldResolver<unknown, NoticeBoard>>
) => void;

/** Runs `check` on what the field resolved to (sync or async), then hands the value on. */
function wrap(field: Field, check: Check): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  const wrapped: GraphQLFieldResolver<unknown, NoticeBoard> = (source, args, context, info) => {
    const value = resolve(source, args, context, info);
    const after = (result: unknown) => {
      check(result, source, args, context, info);
      return result;
    };
    return value instanceof Promise ? value.then(after) : after(value);
  };
  field.resolve = wrapped as GraphQLFieldResolver<unknown, unknown>;
}

/**
 * Every list field with a `limit` argument says when the server cut it rather than the client:
 * asked without `limit` (the default) or above the maximum, and as long as that size. A custom
 * answer with `truncated: true` (a network cut at 500 nodes, ranked groups cut at `limit`) says so
 * too. The notices go to the answer's `extensions.truncated` (./operation-guard.ts), naming the
 * path and how to get the rest.
 */
export function noticeCutLists(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const max =
        (type.name === schema.getQueryType()?.name && LIMIT_MAX[field.name]) || MAX_LIST_SIZE;
      if (field.args.some((a) => a.name === 'limit')) {
        const more = howToGetMore(type, field, max);
        wrap(field, (items, _source, args, context, info) => {
          const page = Array.isArray(items) ? serverPageSize(field, args, info, max) : undefined;
          if (!page || !Array.isArray(items) || items.length < page.size) return;
          const path = responsePathAsArray(info.path).join('.');
          record(context, {
            path,
            returned: items.length,
            pageSize: page.size,
            message: `${path}: cut at ${page.explicit ? 'the maximum' : 'the default'} of ${page.size} items; more may exist: ${more}.`,
          });
        });
      }
      if (type.name === schema.getQueryType()?.name) noticeTruncatedAnswer(field);
    }
  }
}

/** A custom answer (Network, MeetingCounts, WeightedNetwork) whose `truncated` is true gets a notice. */
function noticeTruncatedAnswer(field: Field): void {
  const returned = graphql.getNamedType(field.type);
  if (!isObjectType(returned) || !returned.getFields().truncated) return;
  wrap(field, (value, _source, _args, context, info) => {
    const answer = value as TruncatedAnswer | null;
    if (!answer?.truncated) return;
    const path = responsePathAsArray(info.path).join('.');
    const { returned: count, message } = truncationMessage(answer, field.name);
    record(context, { path, returned: count, pageSize: count, message: `${path}: ${message}` });
  });
}

interface TruncatedAnswer {
  truncated?: boolean;
  groups?: unknown[];
  groupCount?: number;
  nodes?: unknown[];
  shown?: number;
  total?: number;
  offset?: number;
}

/** What a cut custom answer says: how much of how much, and how to get the rest. */
function truncationMessage(answer: TruncatedAnswer, field: string) {
  const max = LIMIT_MAX[field] ?? MAX_LIST_SIZE;
  if (answer.groups) {
    const returned = answer.groups.length;
    return {
      returned,
      message: `${returned} of ${answer.groupCount ?? 'more'} groups; page with limit (up to ${max}) and offset.`,
    };
  }
  if (typeof answer.shown === 'number' && typeof answer.total === 'number') {
    const first = (answer.offset ?? 0) + 1;
    const range = answer.offset
      ? `partners ${first}–${first + answer.shown - 1}`
      : `the top ${answer.shown}`;
    return {
      returned: answer.shown,
      message: `${range} of ${answer.total} partners by weight (or the first 5,000 edges); raise limit (up to ${max}) or page with offset.`,
    };
  }
  const returned = answer.nodes?.length ?? 0;
  return {
    returned,
    message: `cut (at most 500 nodes, 2000 edges, or the paths asked for); narrow it with depth, types, labels, from/to, or k.`,
  };
}
