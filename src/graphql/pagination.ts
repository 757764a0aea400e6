import { ErrorCode } from '../errors/codes.js';
import { graphql } from './graphql-cjs.js';
import { MAX_LIST_SIZE, MAX_OFFSET } from './limits.js';

/** What a list field will read: `size` items after skipping `offset` (from `offset` or `after`). */
export interface Page {
  readonly size: number;
  readonly offset: number;
}

const CURSOR = /^arrayconnection:(\d{1,12})$/;

const badInput = (message: string): Error =>
  new graphql.GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
  });

/**
 * Reads and checks the pagination arguments of one field (values already merged with variables and
 * defaults): `limit`/`first` ≥ 0 (cut to MAX_LIST_SIZE, as @limit does), `offset` 0…MAX_OFFSET,
 * `after` a cursor this API produced (base64 "arrayconnection:<offset>") within MAX_OFFSET.
 * Anything else is BAD_USER_INPUT naming the field, before any Cypher runs.
 */
export function readPage(
  where: string,
  args: Record<string, unknown>,
  defaultSize: number,
): Page | undefined {
  const hasSize = 'limit' in args || 'first' in args;
  const hasOffset = 'offset' in args || 'after' in args;
  if (!hasSize && !hasOffset) return undefined;
  const size = count(where, 'limit', args.limit) ?? count(where, 'first', args.first);
  const offset = offsetOf(where, args.offset) ?? cursorOffset(where, args.after) ?? 0;
  return { size: Math.min(size ?? defaultSize, MAX_LIST_SIZE), offset };
}

function count(where: string, name: string, value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw badInput(`${where}: "${name}" must be 0 or more (got ${String(value)}).`);
  }
  return value;
}

function offsetOf(where: string, value: unknown): number | undefined {
  const offset = count(where, 'offset', value);
  if (offset !== undefined && offset > MAX_OFFSET) {
    throw badInput(
      `${where}: "offset" must be at most ${MAX_OFFSET} (got ${offset}); narrow the query with "where" instead.`,
    );
  }
  return offset;
}

function cursorOffset(where: string, value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  const decoded =
    typeof value === 'string' && value.length <= 64
      ? Buffer.from(value, 'base64').toString('utf8')
      : '';
  const match = CURSOR.exec(decoded);
  if (!match) {
    throw badInput(`${where}: "after" is not a cursor from this API (use pageInfo.endCursor).`);
  }
  // A cursor names the last item seen; the next page starts after it.
  const offset = Number(match[1]) + 1;
  if (offset > MAX_OFFSET) {
    throw badInput(
      `${where}: "after" points past item ${MAX_OFFSET}; narrow the query with "where" instead.`,
    );
  }
  return offset;
}
