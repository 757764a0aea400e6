// Ids merged away (Redirect nodes) answer for the entity they were merged into.
// connections(from, to, maxHops): all shortest paths (at most 25) between two entities over network
// relationships (MENTIONED_IN not followed), at most $maxHops (clamped to 1..6) relationships long.
WITH CASE WHEN coalesce($maxHops, 4) < 1 THEN 1 WHEN $maxHops > 6 THEN 6 ELSE coalesce($maxHops, 4) END AS maxHops
OPTIONAL MATCH (ra:Redirect {id: $from})
OPTIONAL MATCH (rb:Redirect {id: $to})
OPTIONAL MATCH (a:Entity {id: coalesce(ra.redirectTo, $from)})
OPTIONAL MATCH (b:Entity {id: coalesce(rb.redirectTo, $to)})
CALL (a, b, maxHops) {
  MATCH p = ALL SHORTEST (a) (()-[r]-() WHERE type(r) <> 'MENTIONED_IN'){1,6} (b)
  WHERE length(p) <= maxHops AND a <> b
  RETURN p
  LIMIT 25
}
WITH collect(p) AS paths
WITH
  reduce(acc = [], p IN paths | acc + nodes(p)) AS ns,
  reduce(acc = [], p IN paths | acc + relationships(p)) AS rs
UNWIND (CASE WHEN size(ns) = 0 THEN [null] ELSE ns END) AS n
WITH rs, collect(DISTINCT n) AS nodes
UNWIND (CASE WHEN size(rs) = 0 THEN [null] ELSE rs END) AS r
WITH nodes, collect(DISTINCT r) AS rels
RETURN {
  nodes: [n IN nodes | {
    id: n.id,
    label: head([l IN labels(n) WHERE l <> 'Entity']),
    name: coalesce(n.name, n.title, n.id),
    kind: n.kind
  }],
  edges: [r IN rels | {source: startNode(r).id, target: endNode(r).id, type: type(r)}]
} AS network
