// meetings(from, to, official, organisation, initiative, subject, order, limit, offset): Events of
// kind MEETING, newest first (order OLDEST: oldest first). `subject` matches the declared subject
// ignoring case. $limit is clamped to 1..500, $offset to >= 0.
// A meeting of the register has an official (ATTENDED) or an organisation met (MET_AT): curated
// events of kind MEETING without them (a project's partner meeting) are not counted.
// The meetings are found from the most selective filter given (an organisation, an official, an
// initiative, the dates: one branch runs), then every filter applies.
CALL () {
  WITH 1 AS anchored WHERE $organisation IS NOT NULL
  MATCH (:Organisation {id: $organisation})-[:MET_AT]->(e:Event {kind: 'MEETING'})
  RETURN e
  UNION ALL
  WITH 1 AS anchored WHERE $organisation IS NULL AND $official IS NOT NULL
  MATCH (:Person {id: $official})-[:ATTENDED]->(e:Event {kind: 'MEETING'})
  RETURN e
  UNION ALL
  WITH 1 AS anchored WHERE $organisation IS NULL AND $official IS NULL AND $initiative IS NOT NULL
  MATCH (e:Event {kind: 'MEETING'})-[:ABOUT]->(:Entity {id: $initiative})
  RETURN e
  UNION ALL
  WITH 1 AS anchored WHERE $organisation IS NULL AND $official IS NULL AND $initiative IS NULL
    AND ($from IS NOT NULL OR $to IS NOT NULL)
  MATCH (e:Event)
  WHERE e.date >= coalesce($from, date('0001-01-01')) AND e.date <= coalesce($to, date('9999-12-31'))
    AND e.kind = 'MEETING'
  RETURN e
  UNION ALL
  WITH 1 AS anchored WHERE $organisation IS NULL AND $official IS NULL AND $initiative IS NULL
    AND $from IS NULL AND $to IS NULL
  MATCH (e:Event {kind: 'MEETING'})
  RETURN e
}
WITH e
WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  AND ($official IS NULL OR EXISTS { (:Person {id: $official})-[:ATTENDED]->(e) })
  AND ($organisation IS NULL OR EXISTS { (:Organisation {id: $organisation})-[:MET_AT]->(e) })
  AND ($initiative IS NULL OR EXISTS { (e)-[:ABOUT]->(:Entity {id: $initiative}) })
  AND ($subject IS NULL OR toLower(e.subject) CONTAINS toLower(trim($subject)))
  AND EXISTS { (e)<-[:ATTENDED|MET_AT]-() }
WITH e
ORDER BY e.date IS NULL, CASE WHEN $order = 'OLDEST' THEN e.date END ASC, e.date DESC, e.id
// @neo4j/graphql itself applies `offset` and `limit` to a @cypher list of nodes (SKIP, LIMIT
// after this statement): here only as many rows as that page needs are returned, none skipped.
LIMIT CASE WHEN coalesce($offset, 0) < 0 THEN 0 ELSE coalesce($offset, 0) END
  + CASE WHEN coalesce($limit, 50) < 1 THEN 1 WHEN $limit > 500 THEN 500 ELSE coalesce($limit, 50) END
RETURN e AS meeting
