// Organisation.funding(programme): current participations (not dropped by a later release) in
// projects, optionally only those funded under a programme part or call (FUNDED_BY, sub-parts
// included); counted, summed and split per year of the project's start. An unknown programme id
// is an error, not zeros.
OPTIONAL MATCH (g:Initiative {id: $programme})
CALL apoc.util.validate($programme IS NOT NULL AND g IS NULL, 'NOT_FOUND: no programme or call with id %s', [$programme])
CALL (this, g) {
  MATCH (this)-[r:PARTICIPATES_IN]->(p:Project)
  WHERE r.droppedBy IS NULL AND (g IS NULL OR EXISTS { (p)-[:FUNDED_BY*1..4]->(g) })
  RETURN p.start.year AS year, coalesce(r.ecContribution, 0.0) AS ec, r.role = 'COORDINATOR' AS coordinator
}
WITH collect({year: year, ec: ec, coordinator: coordinator}) AS rows
WITH rows, apoc.coll.sort(apoc.coll.toSet([x IN rows WHERE x.year IS NOT NULL | x.year])) AS years
RETURN {
  projects: size(rows),
  coordinated: size([x IN rows WHERE x.coordinator]),
  ecContribution: round(reduce(s = 0.0, x IN rows | s + x.ec), 2),
  perYear: [y IN years | {
    year: y,
    projects: size([x IN rows WHERE x.year = y]),
    ecContribution: round(reduce(s = 0.0, x IN [x IN rows WHERE x.year = y] | s + x.ec), 2)
  }]
} AS funding
