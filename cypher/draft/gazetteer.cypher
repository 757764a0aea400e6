// The names `policy-graph draft` looks for in a text: every person, organisation, initiative,
// project and topic, with its aliases and acronym, and whether only a dataset knows it (an import
// created it and no curated document mentions it: its names are then found more carefully than a
// curator's). Read only. (The curated documents are few: their entities are collected first.)
CALL () {
  MATCH (d:Document)
  WHERE coalesce(d.kind, '') <> 'DATASET'
  MATCH (m)-[:MENTIONED_IN]->(d)
  WHERE m.origin STARTS WITH 'import:'
  RETURN collect(DISTINCT m.id) AS curated
}
MATCH (n:Person|Organisation|Initiative|Project|Topic)
RETURN n.id AS id,
  head([l IN labels(n) WHERE l <> 'Entity']) AS label,
  n.name AS name,
  coalesce(n.aliases, []) AS aliases,
  n.acronym AS acronym,
  coalesce(n.origin STARTS WITH 'import:', false) AND NOT n.id IN curated AS fromDataset
