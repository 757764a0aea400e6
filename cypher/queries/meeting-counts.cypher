// meetingCounts(filters…, groupBy, order, limit, offset): the meetings matching the filters of
// `meetings` counted in all, and per group (ORGANISATION met, OFFICIAL, INITIATIVE or topic the
// subject names, YEAR, MONTH) with the first and last date; groups ranked by meetings (order COUNT)
// or by key (order KEY: chronological for YEAR and MONTH). $limit clamped to 1..500.
MATCH (e:Event {kind: 'MEETING'})
WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  AND ($official IS NULL OR EXISTS { (:Person {id: $official})-[:ATTENDED]->(e) })
  AND ($organisation IS NULL OR EXISTS { (:Organisation {id: $organisation})-[:MET_AT]->(e) })
  AND ($initiative IS NULL OR EXISTS { (e)-[:ABOUT]->(:Entity {id: $initiative}) })
  AND ($subject IS NULL OR toLower(e.subject) CONTAINS toLower(trim($subject)))
WITH collect(e) AS meetings
CALL (meetings) {
  UNWIND (CASE WHEN $groupBy IS NULL THEN [] ELSE meetings END) AS e
  CALL (e) {
    WITH e WHERE $groupBy = 'ORGANISATION'
    MATCH (g:Organisation)-[:MET_AT]->(e)
    RETURN g.id AS key, g.name AS name, 'Organisation' AS label
    UNION
    WITH e WHERE $groupBy = 'OFFICIAL'
    MATCH (g:Person)-[:ATTENDED]->(e)
    RETURN g.id AS key, g.name AS name, 'Person' AS label
    UNION
    WITH e WHERE $groupBy = 'INITIATIVE'
    MATCH (e)-[:ABOUT]->(g:Entity)
    RETURN g.id AS key, g.name AS name, head([l IN labels(g) WHERE l <> 'Entity']) AS label
    UNION
    WITH e WHERE $groupBy = 'YEAR' AND e.date IS NOT NULL
    RETURN toString(e.date.year) AS key, toString(e.date.year) AS name, null AS label
    UNION
    WITH e WHERE $groupBy = 'MONTH' AND e.date IS NOT NULL
    RETURN left(toString(e.date), 7) AS key, left(toString(e.date), 7) AS name, null AS label
  }
  WITH key, name, label, count(DISTINCT e) AS count, min(e.date) AS first, max(e.date) AS last
  ORDER BY CASE WHEN $order = 'KEY' THEN 0 ELSE -count END, key
  RETURN collect({key: key, name: name, label: label, meetings: count, first: first, last: last}) AS groups
}
WITH meetings, groups,
  CASE WHEN coalesce($offset, 0) < 0 THEN 0 ELSE coalesce($offset, 0) END AS skip,
  CASE WHEN coalesce($limit, 10) < 1 THEN 1 WHEN $limit > 500 THEN 500 ELSE coalesce($limit, 10) END AS lim
RETURN {
  total: size(meetings),
  groupCount: size(groups),
  groups: groups[skip..skip + lim],
  truncated: size(groups) > skip + lim
} AS counts
