// Ids merged away (Redirect nodes) answer for the entity they were merged into.
// commonConnections(a, b, depth): entities within $depth (1 or 2) network relationships of both
// $a and $b (MENTIONED_IN not counted), excluding $a and $b themselves; nearest to both first, then
// by name. At most 100. Each side is one shortest-path expansion (every entity reached once), and
// only the one for $depth runs; at depth 2 each side stops at 20,000 entities (a hub's two-step
// neighbourhood can be most of the graph).
WITH CASE WHEN coalesce($depth, 1) < 1 THEN 1 WHEN $depth > 2 THEN 2 ELSE coalesce($depth, 1) END AS depth
OPTIONAL MATCH (redirectA:Redirect {id: $a})
OPTIONAL MATCH (redirectB:Redirect {id: $b})
MATCH (a:Entity {id: coalesce(redirectA.redirectTo, $a)}), (b:Entity {id: coalesce(redirectB.redirectTo, $b)})
UNWIND [a, b] AS end
CALL (end, depth) {
  WITH end WHERE depth = 1
  MATCH p = ANY SHORTEST (end) (()-[r]-() WHERE type(r) <> 'MENTIONED_IN'){1,1} (n:Entity)
  RETURN n, length(p) AS hops
  UNION
  WITH end WHERE depth = 2
  MATCH p = ANY SHORTEST (end) (()-[r]-() WHERE type(r) <> 'MENTIONED_IN'){1,2} (n:Entity)
  RETURN n, length(p) AS hops
  LIMIT 20000
}
WITH a, b, n, count(DISTINCT end) AS ends, sum(hops) AS distance
WHERE ends = 2 AND n <> a AND n <> b
WITH n, distance
ORDER BY distance, n.name, n.id
LIMIT 100
RETURN {
  id: n.id,
  label: head([l IN labels(n) WHERE l <> 'Entity']),
  name: coalesce(n.name, n.title, n.id),
  kind: n.kind
} AS node
