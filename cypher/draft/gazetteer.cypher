// The names `policy-graph draft` looks for in a text: every person, organisation, initiative,
// project and topic, with its aliases and acronym, and whether an import created it (its names are
// then found more carefully than a curator's). Read only.
MATCH (n:Person|Organisation|Initiative|Project|Topic)
RETURN n.id AS id,
  head([l IN labels(n) WHERE l <> 'Entity']) AS label,
  n.name AS name,
  coalesce(n.aliases, []) AS aliases,
  n.acronym AS acronym,
  coalesce(n.origin STARTS WITH 'import:', false) AS fromDataset
