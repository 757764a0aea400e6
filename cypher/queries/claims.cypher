// claims(property): the claims stored on `this` (JSON strings written by the seed loader, see
// src/seed/claims/claim.ts), optionally of one property, each with the documents it cites.
UNWIND coalesce(this.claims, []) AS json
WITH apoc.convert.fromJsonMap(json) AS c
WHERE $property IS NULL OR c.property = $property
CALL (c) {
  UNWIND c.sources AS sourceId
  OPTIONAL MATCH (d:Document {id: sourceId})
  RETURN collect({id: sourceId, name: d.name, url: d.url}) AS documents
}
RETURN {
  property: c.property,
  value: CASE WHEN c.value IS NULL THEN '' ELSE toString(c.value) END,
  sources: c.sources,
  documents: documents,
  preferred: coalesce(c.preferred, false),
  prefer: coalesce(c.prefer, false)
} AS claim
