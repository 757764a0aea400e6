// cypher/queries/ego-network.cypher as it was before the bench (kept to measure the fix): the
// traversal always went 3 hops deep and dropped the longer paths afterwards.
// egoNetwork(id, depth, asOf): entities within $depth (clamped to 1..3) hops of $id over network
// relationships (MENTIONED_IN is provenance, not followed), HOLDS_ROLE only when valid on $asOf;
// then every such relationship among those entities. At most 500 nodes, 2000 edges.
WITH CASE WHEN coalesce($depth, 1) < 1 THEN 1 WHEN $depth > 3 THEN 3 ELSE coalesce($depth, 1) END AS depth
OPTIONAL MATCH (center:Entity {id: $id})
CALL (center, depth) {
  MATCH p = ANY SHORTEST (center) (()-[r]-()
    WHERE type(r) <> 'MENTIONED_IN'
      AND (type(r) <> 'HOLDS_ROLE' OR $asOf IS NULL
        OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)))
  ){0,3} (n:Entity)
  WHERE length(p) <= depth
  RETURN n
  ORDER BY length(p), n.id
  LIMIT 500
}
WITH collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE type(r) <> 'MENTIONED_IN' AND b IN nodes
    AND (type(r) <> 'HOLDS_ROLE' OR $asOf IS NULL
      OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)))
  WITH r LIMIT 2000
  RETURN collect({source: startNode(r).id, target: endNode(r).id, type: type(r)}) AS edges
}
RETURN {
  nodes: [n IN nodes | {
    id: n.id,
    label: head([l IN labels(n) WHERE l <> 'Entity']),
    name: coalesce(n.name, n.title, n.id),
    kind: n.kind
  }],
  edges: edges
} AS network
