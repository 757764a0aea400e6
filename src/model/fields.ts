import { z } from 'zod';

/**
 * Longest indexed string, in UTF-8 bytes: Neo4j's range indexes refuse keys over 8,167 bytes at
 * write time (`Property value is too large to index`); names, ids and aliases are checked here,
 * with a margin, so the curator hears it from `validate` with a line and column.
 */
export const MAX_INDEXED_BYTES = 4_000;

/**
 * A calendar date written YYYY-MM-DD, or YYYY-MM / YYYY when the source gives only the month or the
 * year (stored as the first day; the claim keeps the precision). The calendar check (2025-13-40)
 * happens in validation.
 */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date written YYYY-MM-DD (or YYYY-MM, YYYY)')
  .describe('A calendar date, YYYY-MM-DD; YYYY-MM or YYYY when the source is no more precise');

/** `prefer: true` (every value this entry states) or a list of its properties. */
export const prefer = z
  .union([z.literal(true), z.array(z.string().min(1))])
  .describe(
    "Show this entry's value when documents disagree: true for all it states, or a list of properties",
  );

/** A reference to another entity: its id (`person:henna-virkkunen`) or a name or alias. */
export const reference = z
  .string()
  .min(1)
  .max(MAX_INDEXED_BYTES)
  .describe('An entity id (person:henna-virkkunen) or a name or alias as written in the source');

export const nonEmpty = z.string().trim().min(1);

export const indexed = nonEmpty.refine((s) => Buffer.byteLength(s, 'utf8') <= MAX_INDEXED_BYTES, {
  error: (issue) =>
    `${Buffer.byteLength(String(issue.input), 'utf8')} bytes is over the ${MAX_INDEXED_BYTES} an indexed name, id or alias may have`,
});

export const money = z
  .number({ error: 'expected an amount in euros: a finite number' })
  .nonnegative()
  .max(Number.MAX_SAFE_INTEGER, 'too large to store exactly (at most 9007199254740991)')
  .describe('An amount in euros');
export const url = z
  .url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL' })
  .describe('An absolute http(s) URL');
