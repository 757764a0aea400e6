import { z } from 'zod';
import { ENTITY_SCHEMAS, idOf, patchSchemaOf } from '../../model/entity-schemas.js';
import { indexed, isoDate, nonEmpty, reference, url } from '../../model/fields.js';
import { DocumentKind } from '../../model/kinds.js';
import { LABELS } from '../../model/labels.js';
import { RELATIONSHIP_SCHEMAS, RELATIONSHIP_TYPES } from '../../model/relationship-types.js';

/** The source document a seed file is curated from; it becomes a Document node. */
export const SourceSchema = z
  .strictObject({
    id: idOf('Document').describe('Stable id of the source document'),
    name: indexed.describe('Title of the source document'),
    kind: DocumentKind,
    publisher: nonEmpty.optional(),
    description: nonEmpty.optional(),
    url: url
      .optional()
      .describe(
        'Where the source is published; a text known only from a copy (text/sha256) may have none',
      ),
    published: isoDate.optional(),
    text: nonEmpty
      .optional()
      .describe(
        "Path of a copy of the text, relative to this file's folder (in seed/: sources/….txt); its sha256 is stored",
      ),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional()
      .describe('sha256 of the text, when no copy is kept'),
    aliases: z.array(indexed).optional(),
  })
  .describe('The document every fact in this file comes from');

export const MentionSchema = z.strictObject({
  ref: reference.describe('An entity defined here or in another file'),
  asWritten: nonEmpty.optional(),
  quote: nonEmpty.optional(),
});

/** Shape checked first; entities and relationships are then checked one by one (by label / type). */
export const SeedFileShape = z.strictObject({
  source: z.unknown(),
  entities: z.array(z.unknown()).optional(),
  relationships: z.array(z.unknown()).optional(),
  mentions: z.array(MentionSchema).optional(),
});

/** The full schema, for editors: the same zod objects as validation, as one JSON Schema. */
export function seedJsonSchema(): Record<string, unknown> {
  const full = SeedFileShape.extend({
    source: SourceSchema,
    entities: z
      .array(
        z.union([
          ...LABELS.map((label) => ENTITY_SCHEMAS[label]),
          ...LABELS.map((label) => patchSchemaOf(label)),
        ]),
      )
      .optional()
      .describe(
        'Entities this source supports (the id prefix gives the label), or additions to known ones (ref:)',
      ),
    relationships: z
      .array(z.union(RELATIONSHIP_TYPES.map((type) => RELATIONSHIP_SCHEMAS[type])))
      .optional()
      .describe('Facts between entities, each cited to this source'),
  }).describe('A policy-graph seed file: one source document and the facts it supports');
  const json = z.toJSONSchema(full, { target: 'draft-2020-12', io: 'input' });
  // The loader needs the text copy or its digest: one of the two (zod cannot say "one of" here).
  const source = (json.properties as Record<string, Record<string, unknown>>).source!;
  source.anyOf = [{ required: ['text'] }, { required: ['sha256'] }];
  return {
    ...json,
    $id: 'https://policy-graph.local/seed/schema.json',
    title: 'policy-graph seed file',
  };
}
