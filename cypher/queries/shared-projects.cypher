// sharedProjects(a, b, from, to, limit, offset) (ids merged away answer for the kept entities):
// projects both organisations take part in (participations not dropped by a later release),
// starting in $from..$to, newest start first. $limit clamped to 1..500.
OPTIONAL MATCH (ra:Redirect {id: $a})
OPTIONAL MATCH (rb:Redirect {id: $b})
MATCH (a:Organisation {id: coalesce(ra.redirectTo, $a)})-[r1:PARTICIPATES_IN]->(project:Project)
  <-[r2:PARTICIPATES_IN]-(b:Organisation {id: coalesce(rb.redirectTo, $b)})
WHERE r1.droppedBy IS NULL AND r2.droppedBy IS NULL
  AND ($from IS NULL OR project.start >= $from) AND ($to IS NULL OR project.start <= $to)
WITH DISTINCT project
ORDER BY project.start DESC, project.id
// @neo4j/graphql itself applies `offset` and `limit` to a @cypher list of nodes (SKIP, LIMIT
// after this statement): here only as many rows as that page needs are returned, none skipped.
LIMIT CASE WHEN coalesce($offset, 0) < 0 THEN 0 ELSE coalesce($offset, 0) END
  + CASE WHEN coalesce($limit, 50) < 1 THEN 1 WHEN $limit > 500 THEN 500 ELSE coalesce($limit, 50) END
RETURN project
