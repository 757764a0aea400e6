import { z } from 'zod';
import { isoDate, money, nonEmpty, url } from './fields.js';
import { DocumentKind, EventKind, InitiativeKind, OrganisationKind } from './kinds.js';
import type { Label } from './labels.js';

/** Fields every entity may carry, whatever its label. */
const common = {
  name: nonEmpty.describe('Canonical display name'),
  aliases: z.array(nonEmpty).optional().describe('Other spellings, typos included'),
  asWritten: nonEmpty
    .optional()
    .describe('The spelling in this source when it differs from name (becomes an alias)'),
  quote: nonEmpty.optional().describe('Where this source mentions the entity, in its words'),
  description: nonEmpty.optional(),
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .optional()
    .describe('Wikidata QID, only when certain'),
  ror: z
    .string()
    .regex(/^0[a-z0-9]{8}$/)
    .optional()
    .describe('ROR id, only when certain'),
};

const idOf = (prefix: string) =>
  z
    .string()
    .regex(new RegExp(`^${prefix}:[a-z0-9]+(?:-[a-z0-9]+)*$`), `expected ${prefix}:<slug>`)
    .describe(`Stable id, ${prefix}:<lower-case-ascii-slug>`);

export const ENTITY_SCHEMAS = {
  Person: z.strictObject({ id: idOf('person'), ...common }),
  Organisation: z.strictObject({
    id: idOf('org'),
    ...common,
    acronym: nonEmpty.optional(),
    kind: OrganisationKind,
    country: nonEmpty.optional(),
    url: url.optional(),
  }),
  Initiative: z.strictObject({
    id: idOf('initiative'),
    ...common,
    acronym: nonEmpty.optional(),
    kind: InitiativeKind,
    launched: isoDate.optional(),
    budgetEur: money.optional(),
    url: url.optional(),
  }),
  Project: z.strictObject({
    id: idOf('project'),
    ...common,
    acronym: nonEmpty.optional(),
    programme: nonEmpty.optional(),
    grantId: nonEmpty.optional(),
    cordisGrant: nonEmpty.optional(),
    start: isoDate.optional(),
    end: isoDate.optional(),
    fundingEur: money.optional(),
    url: url.optional(),
  }),
  Event: z.strictObject({
    id: idOf('event'),
    ...common,
    date: isoDate,
    city: nonEmpty.optional(),
    country: nonEmpty.optional(),
    kind: EventKind.optional(),
    location: nonEmpty.optional().describe('Where, as written (meetings: "BERL", "online")'),
    subject: nonEmpty.optional().describe('What a meeting was about, as declared'),
    url: url.optional(),
  }),
  Document: z.strictObject({
    id: idOf('doc'),
    ...common,
    name: nonEmpty.describe('The title'),
    kind: DocumentKind,
    published: isoDate.optional(),
    url: url.optional(),
    publisher: nonEmpty.optional(),
    repository: url.optional().describe('Where a DATASET was taken from'),
    licence: nonEmpty.optional().describe('Reuse terms, as stated'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional()
      .describe('SHA-256 of the file as loaded'),
  }),
  Statement: z.strictObject({
    id: idOf('statement'),
    ...common,
    name: nonEmpty.describe('A short label, e.g. "Lucilla Sioli on VHT, 2025-10-21"'),
    text: nonEmpty.describe('What was said'),
    quoted: z.boolean().describe('true when text is a verbatim quote'),
    date: isoDate.optional(),
  }),
  Topic: z.strictObject({ id: idOf('topic'), ...common }),
} satisfies Record<Label, z.ZodType>;

export type EntityInput = z.infer<(typeof ENTITY_SCHEMAS)[Label]>;

/** Entity fields that are not stored as node properties but describe the mention. */
export const MENTION_FIELDS = ['asWritten', 'quote'] as const;
/** Fields holding dates, converted to Neo4j Date values on write. */
export const DATE_FIELDS = new Set([
  'launched',
  'start',
  'end',
  'date',
  'published',
  'since',
  'until',
]);
