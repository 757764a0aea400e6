// weightedNetwork, one step: for each entity of $ids, its partners in the view $by, with the
// weight of each pair. MEETINGS: organisation ↔ official through shared meetings (Event kind
// MEETING, on $from..$to; with $about only meetings ABOUT that initiative or topic, and from the
// initiative or topic itself: the organisations that met about it). PROJECTS: organisation ↔
// organisation through current participations in the same project (a project: its
// participants), projects starting in $from..$to. ROLES: person ↔ organisation through
// HOLDS_ROLE held at some time in $from..$to. $among (a list of ids, or null for any) keeps only
// those partners; $exclude drops some. One row: `total` pairs in all and `pairs`, ranked most
// shared first (with $top, only $top of them after $skip).
UNWIND $ids AS aid
MATCH (a:Entity {id: aid})
CALL (a) {
  WITH a WHERE $by = 'MEETINGS' AND $about IS NULL
  MATCH (a)-[r1:MET_AT|ATTENDED]->(m:Event)<-[r2:MET_AT|ATTENDED]-(b:Entity)
  WHERE type(r1) <> type(r2) AND m.kind = 'MEETING'
    AND ($from IS NULL OR m.date >= $from) AND ($to IS NULL OR m.date <= $to)
    AND ($among IS NULL OR b.id IN $among) AND NOT b.id IN $exclude
  RETURN b, count(DISTINCT m) AS n, min(m.date) AS first, max(m.date) AS last, null AS amount
  UNION
  WITH a WHERE $by = 'MEETINGS' AND $about IS NOT NULL AND a.id <> $about
  MATCH (about:Entity {id: $about})<-[:ABOUT]-(m:Event)<-[r1:MET_AT|ATTENDED]-(a)
  MATCH (m)<-[r2:MET_AT|ATTENDED]-(b:Entity)
  WHERE type(r1) <> type(r2) AND m.kind = 'MEETING'
    AND ($from IS NULL OR m.date >= $from) AND ($to IS NULL OR m.date <= $to)
    AND ($among IS NULL OR b.id IN $among) AND NOT b.id IN $exclude
  RETURN b, count(DISTINCT m) AS n, min(m.date) AS first, max(m.date) AS last, null AS amount
  UNION
  WITH a WHERE $by = 'MEETINGS' AND a.id = $about
  MATCH (a)<-[:ABOUT]-(m:Event)<-[:MET_AT]-(b:Organisation)
  WHERE m.kind = 'MEETING' AND ($from IS NULL OR m.date >= $from) AND ($to IS NULL OR m.date <= $to)
    AND ($among IS NULL OR b.id IN $among) AND NOT b.id IN $exclude
  RETURN b, count(DISTINCT m) AS n, min(m.date) AS first, max(m.date) AS last, null AS amount
  UNION
  WITH a WHERE $by = 'PROJECTS' AND NOT a:Project
  MATCH (a)-[r1:PARTICIPATES_IN]->(p:Project)<-[r2:PARTICIPATES_IN]-(b:Organisation)
  WHERE b <> a AND r1.droppedBy IS NULL AND r2.droppedBy IS NULL
    AND ($from IS NULL OR p.start >= $from) AND ($to IS NULL OR p.start <= $to)
    AND ($among IS NULL OR b.id IN $among) AND NOT b.id IN $exclude
  WITH DISTINCT b, p
  RETURN b, count(p) AS n, min(p.start) AS first, max(p.start) AS last,
    sum(coalesce(p.ecMaxContribution, 0.0)) AS amount
  UNION
  WITH a WHERE $by = 'PROJECTS' AND a:Project
  MATCH (a)<-[r:PARTICIPATES_IN]-(b:Organisation)
  WHERE r.droppedBy IS NULL AND ($among IS NULL OR b.id IN $among) AND NOT b.id IN $exclude
  RETURN b, 1 AS n, a.start AS first, a.start AS last, sum(coalesce(r.ecContribution, 0.0)) AS amount
  UNION
  WITH a WHERE $by = 'ROLES'
  MATCH (a)-[r:HOLDS_ROLE]-(b:Entity)
  WHERE ($from IS NULL OR r.until IS NULL OR r.until >= $from)
    AND ($to IS NULL OR r.since IS NULL OR r.since <= $to)
    AND ($among IS NULL OR b.id IN $among) AND NOT b.id IN $exclude
  // A role still held (no end) makes the last date open (null), not the latest past end.
  RETURN b, count(r) AS n, min(r.since) AS first,
    CASE WHEN count(r.until) < count(r) THEN null ELSE max(r.until) END AS last, null AS amount
}
WITH a, b, n, first, last, amount
ORDER BY n DESC, amount DESC, b.name, b.id
WITH collect({source: a.id, b: b, count: n, first: first, last: last, amount: amount}) AS pairs
WITH size(pairs) AS total,
  pairs[coalesce($skip, 0)..coalesce($skip, 0) + coalesce($top, size(pairs))] AS page
// One row, also when the page is empty: `total` counts every pair.
RETURN total, [pair IN page | {
  source: pair.source, id: pair.b.id, label: head([l IN labels(pair.b) WHERE l <> 'Entity']),
  name: coalesce(pair.b.name, pair.b.title, pair.b.id), kind: pair.b.kind, count: pair.count,
  first: pair.first, last: pair.last,
  amount: CASE WHEN pair.amount IS NULL THEN null ELSE round(pair.amount, 2) END
}] AS pairs
