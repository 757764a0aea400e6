// Ids merged away (Redirect nodes) answer for the entity they were merged into.
// commonConnections(a, b): entities directly connected to both $a and $b over network relationships
// (MENTIONED_IN not counted), excluding $a and $b themselves. At most 100, by name.
OPTIONAL MATCH (redirectA:Redirect {id: $a})
OPTIONAL MATCH (redirectB:Redirect {id: $b})
MATCH (a:Entity {id: coalesce(redirectA.redirectTo, $a)}), (b:Entity {id: coalesce(redirectB.redirectTo, $b)})
MATCH (a)-[ra]-(n:Entity)-[rb]-(b)
WHERE type(ra) <> 'MENTIONED_IN' AND type(rb) <> 'MENTIONED_IN' AND n <> a AND n <> b
WITH DISTINCT n
ORDER BY n.name, n.id
LIMIT 100
RETURN {
  id: n.id,
  label: head([l IN labels(n) WHERE l <> 'Entity']),
  name: coalesce(n.name, n.title, n.id),
  kind: n.kind
} AS node
