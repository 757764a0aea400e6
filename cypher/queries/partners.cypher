// Organisation.partners(limit, offset): organisations sharing current projects with this one
// (both participations not dropped by a later release), most shared projects first, then by
// name; `total` and `truncated` say when the list is cut short. $limit clamped to 1..500.
OPTIONAL MATCH (this)-[r1:PARTICIPATES_IN]->(p:Project)<-[r2:PARTICIPATES_IN]-(o:Organisation)
WHERE o <> this AND r1.droppedBy IS NULL AND r2.droppedBy IS NULL
WITH o, count(DISTINCT p) AS projects,
  count(DISTINCT CASE WHEN r2.role = 'COORDINATOR' THEN p END) AS coordinated,
  round(sum(coalesce(r2.ecContribution, 0.0)), 2) AS ec
WHERE o IS NOT NULL
ORDER BY projects DESC, o.name, o.id
WITH collect({id: o.id, name: o.name, country: o.country, projects: projects,
  coordinated: coordinated, ecContribution: ec}) AS ranked
WITH ranked, coalesce($offset, 0) AS skip, CASE WHEN $limit < 1 THEN 1 WHEN $limit > 500 THEN 500 ELSE $limit END AS lim
RETURN {
  total: size(ranked),
  truncated: size(ranked) > skip + lim OR skip > 0,
  organisations: ranked[skip..skip + lim]
} AS ranking
