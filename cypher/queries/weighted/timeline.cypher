// weightedNetwork's timeline: what the view counts for the focus, over all its dates (not only
// $from..$to, so a period can be chosen from it). MEETINGS: meetings per month ("2023-04");
// PROJECTS: projects per start year ("2023"); ROLES: roles per starting year.
MATCH (a:Entity {id: $id})
CALL (a) {
  WITH a WHERE $by = 'MEETINGS'
  MATCH (a)-[:MET_AT|ATTENDED|ABOUT]-(m:Event)
  WHERE m.kind = 'MEETING' AND m.date IS NOT NULL
  RETURN DISTINCT m.id AS item, substring(toString(m.date), 0, 7) AS period
  UNION
  WITH a WHERE $by = 'PROJECTS'
  MATCH (a)-[r:PARTICIPATES_IN]-(p:Project)
  WHERE r.droppedBy IS NULL AND p.start IS NOT NULL
  RETURN DISTINCT p.id AS item, toString(p.start.year) AS period
  UNION
  WITH a WHERE $by = 'PROJECTS' AND a:Project AND a.start IS NOT NULL
  RETURN a.id AS item, toString(a.start.year) AS period
  UNION
  WITH a WHERE $by = 'ROLES'
  MATCH (a)-[r:HOLDS_ROLE]-()
  WHERE r.since IS NOT NULL
  RETURN elementId(r) AS item, toString(r.since.year) AS period
}
RETURN period, count(item) AS count
ORDER BY period
