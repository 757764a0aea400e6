// meetings(from, to, official, organisation, initiative, subject, order, limit, offset): Events of
// kind MEETING, newest first (order OLDEST: oldest first). `subject` matches the declared subject
// ignoring case. $limit is clamped to 1..500, $offset to >= 0.
MATCH (e:Event {kind: 'MEETING'})
WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  AND ($official IS NULL OR EXISTS { (:Person {id: $official})-[:ATTENDED]->(e) })
  AND ($organisation IS NULL OR EXISTS { (:Organisation {id: $organisation})-[:MET_AT]->(e) })
  AND ($initiative IS NULL OR EXISTS { (e)-[:ABOUT]->(:Entity {id: $initiative}) })
  AND ($subject IS NULL OR toLower(e.subject) CONTAINS toLower(trim($subject)))
WITH e
ORDER BY CASE WHEN $order = 'OLDEST' THEN e.date END ASC, e.date DESC, e.id
SKIP CASE WHEN coalesce($offset, 0) < 0 THEN 0 ELSE coalesce($offset, 0) END
LIMIT CASE WHEN coalesce($limit, 50) < 1 THEN 1 WHEN $limit > 500 THEN 500 ELSE coalesce($limit, 50) END
RETURN e AS meeting
