// meetingCounts(filters…, groupBy, order, limit, offset): the meetings matching the filters of
// `meetings` counted in all, and per group (ORGANISATION met, OFFICIAL, INITIATIVE or topic the
// subject names, YEAR, MONTH) with the first and last date; groups ranked by meetings (order COUNT)
// or by key (order KEY: chronological for YEAR and MONTH). $limit clamped to 1..500.
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
WITH collect(e) AS meetings
OPTIONAL CALL (meetings) {
  WITH meetings WHERE $groupBy = 'ORGANISATION'
  UNWIND meetings AS e
  MATCH (g:Organisation)-[:MET_AT]->(e)
  RETURN g.id AS key, g.name AS name, 'Organisation' AS label, count(DISTINCT e) AS count, min(e.date) AS first, max(e.date) AS last
  UNION
  WITH meetings WHERE $groupBy = 'OFFICIAL'
  UNWIND meetings AS e
  MATCH (g:Person)-[:ATTENDED]->(e)
  RETURN g.id AS key, g.name AS name, 'Person' AS label, count(DISTINCT e) AS count, min(e.date) AS first, max(e.date) AS last
  UNION
  WITH meetings WHERE $groupBy = 'INITIATIVE'
  UNWIND meetings AS e
  MATCH (e)-[:ABOUT]->(g:Entity)
  RETURN g.id AS key, g.name AS name, head([l IN labels(g) WHERE l <> 'Entity']) AS label, count(DISTINCT e) AS count, min(e.date) AS first, max(e.date) AS last
  UNION
  WITH meetings WHERE $groupBy IN ['YEAR', 'MONTH']
  UNWIND meetings AS e
  WITH e, CASE $groupBy WHEN 'YEAR' THEN toString(e.date.year) ELSE left(toString(e.date), 7) END AS key
  WHERE key IS NOT NULL
  RETURN key, key AS name, null AS label, count(e) AS count, min(e.date) AS first, max(e.date) AS last
}
WITH meetings, key, name, label, count, first, last
ORDER BY CASE WHEN $order = 'KEY' THEN 0 ELSE -count END, key
WITH meetings, collect(CASE WHEN key IS NULL THEN null ELSE {key: key, name: name, label: label, meetings: count, first: first, last: last} END) AS groups,
  CASE WHEN coalesce($offset, 0) < 0 THEN 0 ELSE coalesce($offset, 0) END AS skip,
  CASE WHEN coalesce($limit, 10) < 1 THEN 1 WHEN $limit > 500 THEN 500 ELSE coalesce($limit, 10) END AS lim
RETURN {
  total: size(meetings),
  groupCount: size(groups),
  groups: groups[skip..skip + lim],
  truncated: size(groups) > skip + lim
} AS counts
