// Ids merged away (Redirect nodes) answer for the entity they were merged into.
// connections(from, to, maxHops, k, via): up to $k (clamped to 1..25) shortest paths between two
// entities, shortest first (Neo4j's SHORTEST k: longer paths too once the shortest are listed),
// over network relationships (MENTIONED_IN not followed), at most $maxHops (1..6) long, and with
// $via only through entities of those labels (e.g. people and events). `truncated`: more paths exist.
// A quantifier cannot take a parameter: one branch per maxHops, and only the one asked for runs
// (with {1,6} and a length filter, maxHops 1 would search six hops out from a hub).
WITH
  CASE WHEN coalesce($maxHops, 4) < 1 THEN 1 WHEN $maxHops > 6 THEN 6 ELSE coalesce($maxHops, 4) END AS maxHops,
  CASE WHEN coalesce($k, 10) < 1 THEN 1 WHEN $k > 25 THEN 25 ELSE coalesce($k, 10) END AS k
OPTIONAL MATCH (ra:Redirect {id: $from})
OPTIONAL MATCH (rb:Redirect {id: $to})
OPTIONAL MATCH (a:Entity {id: coalesce(ra.redirectTo, $from)})
OPTIONAL MATCH (b:Entity {id: coalesce(rb.redirectTo, $to)})
CALL (a, b, maxHops) {
  WITH a, b WHERE maxHops = 1
  MATCH p = SHORTEST 26 (a) (()-[r]-(m)
    WHERE type(r) <> 'MENTIONED_IN' AND (m = b OR $via IS NULL OR any(l IN labels(m) WHERE l IN $via))
  ){1,1} (b)
  WHERE a <> b
  RETURN p
  UNION ALL
  WITH a, b WHERE maxHops = 2
  MATCH p = SHORTEST 26 (a) (()-[r]-(m)
    WHERE type(r) <> 'MENTIONED_IN' AND (m = b OR $via IS NULL OR any(l IN labels(m) WHERE l IN $via))
  ){1,2} (b)
  WHERE a <> b
  RETURN p
  UNION ALL
  WITH a, b WHERE maxHops = 3
  MATCH p = SHORTEST 26 (a) (()-[r]-(m)
    WHERE type(r) <> 'MENTIONED_IN' AND (m = b OR $via IS NULL OR any(l IN labels(m) WHERE l IN $via))
  ){1,3} (b)
  WHERE a <> b
  RETURN p
  UNION ALL
  WITH a, b WHERE maxHops = 4
  MATCH p = SHORTEST 26 (a) (()-[r]-(m)
    WHERE type(r) <> 'MENTIONED_IN' AND (m = b OR $via IS NULL OR any(l IN labels(m) WHERE l IN $via))
  ){1,4} (b)
  WHERE a <> b
  RETURN p
  UNION ALL
  WITH a, b WHERE maxHops = 5
  MATCH p = SHORTEST 26 (a) (()-[r]-(m)
    WHERE type(r) <> 'MENTIONED_IN' AND (m = b OR $via IS NULL OR any(l IN labels(m) WHERE l IN $via))
  ){1,5} (b)
  WHERE a <> b
  RETURN p
  UNION ALL
  WITH a, b WHERE maxHops = 6
  MATCH p = SHORTEST 26 (a) (()-[r]-(m)
    WHERE type(r) <> 'MENTIONED_IN' AND (m = b OR $via IS NULL OR any(l IN labels(m) WHERE l IN $via))
  ){1,6} (b)
  WHERE a <> b
  RETURN p
}
WITH collect(p) AS found
WITH found, CASE WHEN coalesce($k, 10) < 1 THEN 1 WHEN $k > 25 THEN 25 ELSE coalesce($k, 10) END AS k
WITH found[0..k] AS paths, size(found) > k AS cut
WITH paths, cut,
  reduce(acc = [], p IN paths | acc + nodes(p)) AS ns,
  reduce(acc = [], p IN paths | acc + relationships(p)) AS rs
UNWIND (CASE WHEN size(ns) = 0 THEN [null] ELSE ns END) AS n
WITH paths, cut, rs, collect(DISTINCT n) AS nodes
UNWIND (CASE WHEN size(rs) = 0 THEN [null] ELSE rs END) AS r
WITH paths, cut, nodes, collect(DISTINCT r) AS rels
RETURN {
  nodes: [n IN nodes | {
    id: n.id,
    label: head([l IN labels(n) WHERE l <> 'Entity']),
    name: coalesce(n.name, n.title, n.id),
    kind: n.kind
  }],
  edges: [r IN rels | {source: startNode(r).id, target: endNode(r).id, type: type(r)}],
  paths: [p IN paths | {nodes: [n IN nodes(p) | n.id], types: [r IN relationships(p) | type(r)]}],
  truncated: cut
} AS network
