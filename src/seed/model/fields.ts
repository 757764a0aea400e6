import { z } from 'zod';

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
  .describe('An entity id (person:henna-virkkunen) or a name or alias as written in the source');

export const nonEmpty = z.string().trim().min(1);
export const money = z.number().nonnegative().describe('An amount in euros');
export const url = z.url().describe('An absolute http(s) URL');
