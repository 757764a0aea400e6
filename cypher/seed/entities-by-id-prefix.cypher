// Candidate ids for a "did you mean" hint: at most $perPrefix entities whose id starts with each
// prefix (an index range seek on the id constraint). Shaped as known-entities.cypher.
UNWIND $prefixes AS prefix
CALL (prefix) {
  MATCH (n:Entity)
  WHERE n.id STARTS WITH prefix
  RETURN n
  LIMIT $perPrefix
}
WITH DISTINCT n
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name,
       coalesce(n.aliases, []) + [a IN [n.acronym] WHERE a IS NOT NULL] AS aliases,
       CASE WHEN n:Event THEN toString(n.date) END AS date, n.city AS city
