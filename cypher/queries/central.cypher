// A $scope merged away (a Redirect) ranks the neighbourhood of the entity it was merged into.
// central(scope, limit): degree centrality = number of distinct network relationships (MENTIONED_IN
// excluded). Without $scope over the whole graph; with $scope among the entities within two hops of
// it (at most 2000), counting only relationships inside that neighbourhood. $limit is clamped to 1..100.
CALL () {
  MATCH (n:Entity)
  WHERE $scope IS NULL
  RETURN n, COUNT { (n)-[r]-() WHERE type(r) <> 'MENTIONED_IN' } AS degree
  UNION
  OPTIONAL MATCH (rs:Redirect {id: $scope})
  WITH rs WHERE $scope IS NOT NULL
  MATCH (s:Entity {id: coalesce(rs.redirectTo, $scope)})
  MATCH p = ANY SHORTEST (s) (()-[r]-() WHERE type(r) <> 'MENTIONED_IN'){0,2} (m:Entity)
  WITH collect(m)[0..2000] AS hood
  UNWIND hood AS n
  RETURN n, COUNT { (n)-[r]-(o) WHERE type(r) <> 'MENTIONED_IN' AND o IN hood } AS degree
}
WITH n, degree
WHERE degree > 0
ORDER BY degree DESC, n.id
LIMIT CASE WHEN coalesce($limit, 10) < 1 THEN 1 WHEN $limit > 100 THEN 100 ELSE coalesce($limit, 10) END
RETURN {
  id: n.id,
  label: head([l IN labels(n) WHERE l <> 'Entity']),
  name: coalesce(n.name, n.title, n.id),
  score: toFloat(degree)
} AS ranked
