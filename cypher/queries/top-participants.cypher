// topParticipants(programme, by, limit, offset): organisations with current participations (not
// dropped by a later release) in projects funded under a programme part or call, sub-parts
// included; ranked by projects or EU contribution, then by name. $limit clamped to 1..500.
OPTIONAL MATCH (g:Initiative {id: $programme})<-[:FUNDED_BY*1..4]-(p:Project)
WITH DISTINCT p
OPTIONAL MATCH (o:Organisation)-[r:PARTICIPATES_IN]->(p)
WHERE r.droppedBy IS NULL
WITH o, count(DISTINCT p) AS projects,
  count(DISTINCT CASE WHEN r.role = 'COORDINATOR' THEN p END) AS coordinated,
  round(sum(coalesce(r.ecContribution, 0.0)), 2) AS ec
WHERE o IS NOT NULL
ORDER BY CASE $by WHEN 'EC_CONTRIBUTION' THEN ec ELSE projects END DESC, o.name, o.id
WITH collect({id: o.id, name: o.name, country: o.country, projects: projects,
  coordinated: coordinated, ecContribution: ec}) AS ranked
WITH ranked, coalesce($offset, 0) AS skip, CASE WHEN $limit < 1 THEN 1 WHEN $limit > 500 THEN 500 ELSE $limit END AS lim
RETURN {
  total: size(ranked),
  truncated: size(ranked) > skip + lim OR skip > 0,
  organisations: ranked[skip..skip + lim]
} AS ranking
