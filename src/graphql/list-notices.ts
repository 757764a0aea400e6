import type { GraphQLField, GraphQLFieldResolver, GraphQLSchema } from 'graphql';
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

const explicitLimit = (info: Parameters<GraphQLFieldResolver<unknown, unknown>>[3]): boolean =>
  info.fieldNodes.some((n) =>
    n.arguments?.some((a) => a.name.value === 'limit' && a.value.kind !== Kind.NULL),
  );

function pageSizeOf(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  explicit: boolean,
) {
  const declared = field.args.find((a) => a.name === 'limit')?.defaultValue;
  const asked = typeof args.limit === 'number' ? args.limit : undefined;
  if (explicit && asked !== undefined && asked <= MAX_LIST_SIZE) return undefined;
  return {
    size: explicit ? MAX_LIST_SIZE : typeof declared === 'number' ? declared : DEFAULT_LIST_SIZE,
    explicit,
  };
}

function record(board: NoticeBoard, notice: ListNotice): void {
  board.notices ??= [];
  if (board.notices.length < MAX_NOTICES) board.notices.push(notice);
  else board.noticesDropped = (board.noticesDropped ?? 0) + 1;
}

/**
 * Every list field with a `limit` argument says when it was cut by the server rather than by the
 * client: asked without `limit` (the default) or above the maximum, and as long as that size. The
 * notice goes to the answer's `extensions.truncated` (./operation-guard.ts), naming the path and
 * how to get the rest.
 */
export function noticeCutLists(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((a) => a.name === 'limit')) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const fields = type.getFields();
      const more = fields[`${field.name}Connection`]
        ? `, or ${field.name}Connection { totalCount } to page with cursors`
        : fields[`${field.name}Count`]
          ? `; ${field.name}Count gives the total`
          : '';
      const wrapped: GraphQLFieldResolver<unknown, NoticeBoard> = (source, args, context, info) => {
        const value = resolve(source, args, context, info);
        const check = (items: unknown) => {
          const page = Array.isArray(items)
            ? pageSizeOf(field, args, explicitLimit(info))
            : undefined;
          if (page && Array.isArray(items) && items.length >= page.size) {
            const path = responsePathAsArray(info.path).join('.');
            record(context, {
              path,
              returned: items.length,
              pageSize: page.size,
              message: `${path}: cut at ${page.explicit ? 'the maximum' : 'the default'} of ${page.size} items; more may exist: page with limit (up to ${MAX_LIST_SIZE}) and offset${more}.`,
            });
          }
          return items;
        };
        return value instanceof Promise ? value.then(check) : check(value);
      };
      field.resolve = wrapped as GraphQLFieldResolver<unknown, unknown>;
    }
  }
}
