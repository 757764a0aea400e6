// quantities: the figures documents state about `this` ("more than 76 signatories"), stored as
// claims of properties `quantity:<what is counted>` whose value is a JSON object.
UNWIND coalesce(this.claims, []) AS json
WITH apoc.convert.fromJsonMap(json) AS c
WHERE c.property STARTS WITH 'quantity:'
WITH c, apoc.convert.fromJsonMap(c.value) AS q
RETURN {
  counts: q.counts,
  value: toFloat(q.value),
  qualifier: q.qualifier,
  sources: c.sources,
  preferred: coalesce(c.preferred, false)
} AS quantity
ORDER BY quantity.counts, quantity.preferred DESC
