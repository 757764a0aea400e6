// The fan-out of every relationship field: per start label, relationship type, direction and end
// label, the largest number of such relationships on one node (maxDegree), the 99th percentile,
// their total, and the mean degree of a node reached by following one of them (Σd² / Σd). One
// scan of the graph, run at start and when the graph's size changes, never per request.
MATCH (n:Entity)
WITH n, head([l IN labels(n) WHERE l <> 'Entity']) AS label
CALL (n) {
  MATCH (n)-[r]->(m:Entity)
  RETURN type(r) AS type, 'OUT' AS direction, head([l IN labels(m) WHERE l <> 'Entity']) AS end, count(*) AS degree
  UNION ALL
  MATCH (n)<-[r]-(m:Entity)
  RETURN type(r) AS type, 'IN' AS direction, head([l IN labels(m) WHERE l <> 'Entity']) AS end, count(*) AS degree
}
RETURN label, type, direction, end, max(degree) AS maxDegree, percentileDisc(degree, 0.99) AS p99,
  sum(degree) AS total, toFloat(sum(degree * degree)) / sum(degree) AS reached
