// The relationships a batch states, and every participation and coordination its projects have
// (a release that no longer lists one ends it).
UNWIND $projects AS pid
MATCH (p:Entity {id: pid})
CALL (p) {
  MATCH (x:Entity)-[r:PARTICIPATES_IN]->(p)
  RETURN type(r) AS type, x.id AS from, p.id AS to, properties(r) AS props
  UNION
  MATCH (p)-[r:COORDINATED_BY|FUNDED_BY]->(x:Entity)
  RETURN type(r) AS type, p.id AS from, x.id AS to, properties(r) AS props
}
RETURN type, from, to, props
UNION
UNWIND $keys AS k
MATCH (a:Entity {id: k.from})-[r]->(b:Entity {id: k.to})
WHERE type(r) = k.type
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
