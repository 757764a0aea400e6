// Entities the import matches names against: organisations and people (officials, organisations
// met, participants), initiatives and topics (meeting subjects, programmes and calls), projects
// (by grant number). `imported` marks nodes an earlier run of this import created (origin), as
// opposed to curated ones and other datasets'. `externalIds` are the identifiers they state,
// `scheme:value` (pic:…, grant:…, code:…).
MATCH (n:Organisation|Person|Initiative|Topic|Project)
RETURN n.id AS id,
  head([l IN labels(n) WHERE l <> 'Entity']) AS label,
  n.name AS name,
  coalesce(n.aliases, []) AS aliases,
  n.acronym AS acronym,
  n.origin = $origin AS imported,
  [x IN ['pic:' + n.pic, 'grant:' + n.grantId, 'grant:' + n.cordisGrant, 'code:' + n.code]
    WHERE x IS NOT NULL] AS externalIds
