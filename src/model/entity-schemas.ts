import { z } from 'zod';
import { indexed, isoDate, money, nonEmpty, prefer, reference, url } from './fields.js';
import { DocumentKind, EventKind, InitiativeKind, OrganisationKind } from './kinds.js';
import { idPatternOf, LABEL_SPECS, type Label } from './labels.js';

/** Fields every entity may carry, whatever its label. */
const common = {
  name: indexed.describe('Canonical display name'),
  aliases: z.array(indexed).optional().describe('Other spellings, typos included'),
  asWritten: indexed
    .optional()
    .describe('The spelling in this source when it differs from name (becomes an alias)'),
  quote: nonEmpty
    .optional()
    .describe('Where this source mentions the entity, in its words (must be in the text copy)'),
  prefer: prefer.optional(),
  description: nonEmpty.optional(),
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .optional()
    .describe('Wikidata QID, only when certain'),
};

/** Research Organization Registry id: organisations only. */
const ror = z
  .string()
  .regex(/^0[a-z0-9]{8}$/)
  .optional()
  .describe('ROR id, only when certain');

/** An EU Participant Identification Code: one legal entity in EU funding programmes. */
const pic = z
  .string()
  .regex(/^\d{6,12}$/, 'expected a PIC: 6 to 12 digits')
  .describe('EU Participant Identification Code (CORDIS, Funding & Tenders portal)');

/** A number a source states, as it qualifies it: "more than 76 signatories". */
export const QuantitySchema = z.strictObject({
  counts: nonEmpty.describe('What is counted, e.g. "signatories", "registered participants"'),
  value: z.number().nonnegative(),
  qualifier: nonEmpty
    .optional()
    .describe(
      'As the source words it: "more than", "over", "about", "almost"; left out when exact',
    ),
});
const quantities = z
  .array(QuantitySchema)
  .optional()
  .describe('Figures the source states (each a claim of property quantity:<counts>)');

/** The id field of a label, its pattern from the model (labels.ts). */
export const idOf = (label: Label) => {
  const prefix = LABEL_SPECS[label].prefix;
  return z
    .string()
    .max(200, 'an id has at most 200 characters')
    .regex(idPatternOf(label), `expected ${prefix}:<slug>`)
    .describe(`Stable id, ${prefix}:<lower-case-ascii-slug>`);
};

export const ENTITY_SCHEMAS = {
  Person: z.strictObject({ id: idOf('Person'), ...common }),
  Organisation: z.strictObject({
    id: idOf('Organisation'),
    ...common,
    ror,
    acronym: indexed.optional(),
    kind: OrganisationKind,
    country: nonEmpty.optional(),
    city: nonEmpty.optional(),
    url: url.optional(),
    pic: pic.optional(),
    vat: nonEmpty.optional().describe('VAT number, as registered'),
    activityType: nonEmpty
      .optional()
      .describe('CORDIS activity type: HES, REC, PRC (private company), PUB, OTH'),
    sme: z.boolean().optional().describe('A small or medium-sized enterprise, as registered'),
  }),
  Initiative: z.strictObject({
    id: idOf('Initiative'),
    ...common,
    acronym: indexed.optional(),
    kind: InitiativeKind,
    launched: isoDate.optional(),
    budgetEur: money.optional(),
    url: url.optional(),
    code: nonEmpty
      .optional()
      .describe('The programme or call code, e.g. "HORIZON.2.1", "HORIZON-HLTH-2023-TOOL-05"'),
  }),
  Project: z.strictObject({
    id: idOf('Project'),
    ...common,
    acronym: indexed.optional(),
    programme: nonEmpty.optional(),
    grantId: nonEmpty.optional(),
    cordisGrant: nonEmpty.optional(),
    start: isoDate.optional(),
    end: isoDate.optional(),
    fundingEur: money.optional(),
    url: url.optional(),
    status: nonEmpty.optional().describe('As the funder states it: SIGNED, CLOSED, TERMINATED'),
    objective: nonEmpty.optional(),
    totalCost: money.optional(),
    ecMaxContribution: money.optional().describe('The EU contribution at most, in euros'),
    doi: nonEmpty.optional().describe('The grant DOI, e.g. 10.3030/101137289'),
    keywords: z.array(nonEmpty).optional(),
    fieldsOfScience: z.array(nonEmpty).optional().describe('EuroSciVoc fields, as paths'),
  }),
  Event: z.strictObject({
    id: idOf('Event'),
    ...common,
    date: isoDate.describe('The (first) day'),
    endDate: isoDate.optional().describe('The last day, for an event of several days'),
    venue: nonEmpty
      .optional()
      .describe('Where it took place, apart from the host or organiser, e.g. "Residence Palace"'),
    quantities,
    city: nonEmpty.optional(),
    country: nonEmpty.optional(),
    kind: EventKind.optional(),
    location: nonEmpty.optional().describe('Where, as written (meetings: "BERL", "online")'),
    subject: nonEmpty.optional().describe('What a meeting was about, as declared'),
    url: url.optional(),
  }),
  Document: z.strictObject({
    id: idOf('Document'),
    ...common,
    name: indexed.describe('The title'),
    kind: DocumentKind,
    quantities,
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
    id: idOf('Statement'),
    ...common,
    name: indexed.describe('A short label, e.g. "Lucilla Sioli on VHT, 2025-10-21"'),
    text: nonEmpty.describe('What was said'),
    quoted: z.boolean().describe('true when text is a verbatim quote'),
    date: isoDate.optional(),
  }),
  Topic: z.strictObject({ id: idOf('Topic'), ...common }),
} satisfies Record<Label, z.ZodType>;

/**
 * A patch of a known entity: `ref` (its id, name, alias or acronym) and only what this source
 * adds; every field optional, unknown keys still refused.
 */
export const patchSchemaOf = (label: Label): z.ZodObject =>
  (ENTITY_SCHEMAS[label] as z.ZodObject)
    .omit({ id: true })
    .partial()
    .extend({ ref: reference.describe('The known entity this entry adds to') });

export type EntityInput = z.infer<(typeof ENTITY_SCHEMAS)[Label]>;

/** Entity fields that are not stored as node properties but describe the mention. */
export const MENTION_FIELDS = ['asWritten', 'quote', 'prefer'] as const;
/** Fields holding dates, converted to Neo4j Date values on write. */
export const DATE_FIELDS = new Set([
  'launched',
  'start',
  'end',
  'date',
  'published',
  'since',
  'until',
  'endDate',
]);
