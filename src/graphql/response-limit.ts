import type { GraphQLRequestContext } from '@apollo/server';
import { ErrorCode } from '../errors/codes.js';
import { MAX_RESPONSE_BYTES } from './limits.js';

/** JSON characters of `value`, counted until `max` is passed (then any number above `max`). */
export function jsonSize(value: unknown, max: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && size <= max) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length + 2;
    else if (v === null || typeof v !== 'object') size += String(v).length;
    else if (Array.isArray(v)) {
      size += v.length + 1;
      for (const item of v) stack.push(item);
    } else {
      const object = v as Record<string, unknown>;
      for (const key in object) {
        size += key.length + 4;
        stack.push(object[key]);
      }
    }
  }
  return size;
}

/**
 * Replaces an answer larger than `max` JSON characters by one RESPONSE_TOO_LARGE error (data
 * null). Idempotent; returns true when it replaced the answer.
 */
export function enforceResponseLimit(
  requestContext: GraphQLRequestContext<object>,
  max = MAX_RESPONSE_BYTES,
): boolean {
  const body = requestContext.response.body;
  if (body?.kind !== 'single' || body.singleResult.data == null) return false;
  const size = jsonSize(body.singleResult.data, max);
  if (size <= max) return false;
  body.singleResult = {
    data: null,
    errors: [
      {
        message: `The answer is larger than ${max} bytes; ask for fewer items or fields (limit, first, where).`,
        extensions: { code: ErrorCode.RESPONSE_TOO_LARGE },
      },
    ],
  };
  return true;
}
