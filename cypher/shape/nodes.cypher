// Per label: how many entities, and the most claims (claims, quantities) and source documents
// (MENTIONED_IN plus the `sources` cited on its relationships) one of them has.
MATCH (n:Entity)
WITH n, head([l IN labels(n) WHERE l <> 'Entity']) AS label
CALL (n) {
  OPTIONAL MATCH (n)-[r]-()
  WITH CASE WHEN type(r) = 'MENTIONED_IN' THEN [endNode(r).id] ELSE coalesce(r.sources, []) END AS ids
  UNWIND (CASE WHEN size(ids) = 0 THEN [null] ELSE ids END) AS id
  RETURN count(DISTINCT id) AS sources
}
RETURN label, count(n) AS nodes, max(size(coalesce(n.claims, []))) AS maxClaims, max(sources) AS maxSources
