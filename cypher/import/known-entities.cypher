// Entities the import matches names against: organisations and people (officials and the
// organisations met), initiatives and topics (meeting subjects). `imported` marks nodes an earlier
// import created (origin), as opposed to curated ones.
MATCH (n:Organisation|Person|Initiative|Topic)
RETURN n.id AS id,
  head([l IN labels(n) WHERE l <> 'Entity']) AS label,
  n.name AS name,
  coalesce(n.aliases, []) AS aliases,
  n.acronym AS acronym,
  n.origin = $origin AS imported
