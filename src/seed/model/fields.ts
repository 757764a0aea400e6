import { z } from 'zod';

/** A calendar date written YYYY-MM-DD; the calendar check (2025-13-40) happens in validation. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .describe('A calendar date, YYYY-MM-DD');

/** A reference to another entity: its id (`person:henna-virkkunen`) or a name or alias. */
export const reference = z
  .string()
  .min(1)
  .describe('An entity id (person:henna-virkkunen) or a name or alias as written in the source');

export const nonEmpty = z.string().trim().min(1);
export const money = z.number().nonnegative().describe('An amount in euros');
export const url = z.url().describe('An absolute http(s) URL');
