import { z } from 'zod';
import { isoDate, money, nonEmpty, prefer, reference } from './fields.js';
import { LABELS, type Label } from './labels.js';

/** Relationship types a seed file may state, with the labels allowed at each end. */
export const ENDPOINTS = {
  HOLDS_ROLE: { from: ['Person'], to: ['Organisation', 'Project'] },
  PART_OF: { from: ['Organisation', 'Project'], to: ['Organisation'] },
  HOSTED_BY: { from: ['Event'], to: ['Organisation'] },
  ABOUT: {
    from: ['Event', 'Statement', 'Document'],
    to: ['Initiative', 'Topic', 'Project', 'Organisation', 'Event'],
  },
  SPOKE_AT: { from: ['Person'], to: ['Event'] },
  /** An official who held a meeting (EC meetings register); capacity = rank from the register. */
  ATTENDED: { from: ['Person'], to: ['Event'] },
  /** An organisation met at a meeting (EC meetings register). */
  MET_AT: { from: ['Organisation'], to: ['Event'] },
  MADE_BY: { from: ['Statement'], to: ['Person'] },
  MADE_AT: { from: ['Statement'], to: ['Event'] },
  FUNDED_BY: { from: ['Initiative', 'Project'], to: ['Organisation', 'Initiative'] },
  LED_BY: { from: ['Initiative'], to: ['Organisation'] },
  ALIGNED_WITH: { from: ['Initiative'], to: ['Initiative'] },
  RELATES_TO: { from: ['Initiative', 'Project'], to: ['Initiative', 'Project'] },
  CONTRIBUTES_TO: { from: ['Project'], to: ['Initiative'] },
  COORDINATED_BY: { from: ['Project'], to: ['Organisation'] },
  PARTICIPATES_IN: { from: ['Organisation'], to: ['Project', 'Event'] },
  PRODUCED_BY: { from: ['Document'], to: ['Project', 'Organisation'] },
  PRESENTED_AT: { from: ['Document'], to: ['Event'] },
} as const satisfies Record<string, { from: readonly Label[]; to: readonly Label[] }>;

export type RelationshipType = keyof typeof ENDPOINTS;
export const RELATIONSHIP_TYPES = Object.keys(ENDPOINTS) as RelationshipType[];
/** Written by the loader for every entity a source mentions; not stated in seed files. */
export const MENTIONED_IN = { from: LABELS, to: ['Document'] as Label[] };

const base = {
  from: reference.describe('Start: an id or a name/alias'),
  to: reference.describe('End: an id or a name/alias'),
  evidence: nonEmpty
    .optional()
    .describe(
      'A short quote where the source says it in so many words (must be in the text copy; "…" leaves words out)',
    ),
  prefer: prefer.optional(),
};

/** Properties each type carries beyond provenance. */
const extra: Partial<Record<RelationshipType, z.ZodRawShape>> = {
  HOLDS_ROLE: {
    title: nonEmpty
      .optional()
      .describe(
        'The role, e.g. "Director-General"; left out when the source names only the affiliation',
      ),
    since: isoDate.optional(),
    until: isoDate.optional(),
  },
  SPOKE_AT: { capacity: nonEmpty.optional().describe('e.g. "opening remarks"') },
  PARTICIPATES_IN: {
    role: nonEmpty.optional().describe('The role as the source words it, e.g. "contributed"'),
    order: z.number().int().nonnegative().optional(),
    ecContribution: money.optional(),
    netEcContribution: money.optional(),
    totalCost: money.optional(),
    terminated: z.boolean().optional(),
  },
  ATTENDED: { capacity: nonEmpty.optional().describe('e.g. "Director-General"') },
  FUNDED_BY: { amountEur: money.optional() },
};

export const RELATIONSHIP_SCHEMAS = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [
    type,
    z.strictObject({ type: z.literal(type), ...base, ...(extra[type] ?? {}) }),
  ]),
) as unknown as Record<RelationshipType, z.ZodObject>;

/** Properties that, with the endpoints, identify one relationship (a person may hold two roles). */
export const IDENTITY_PROPS: Partial<Record<RelationshipType, string[]>> = {
  HOLDS_ROLE: ['title'],
};

export function isRelationshipType(type: unknown): type is RelationshipType {
  return typeof type === 'string' && Object.hasOwn(ENDPOINTS, type);
}
