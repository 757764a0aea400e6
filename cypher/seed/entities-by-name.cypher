// Candidates for names a load uses: each Lucene query (built by src/seed/name-query.ts) asks the
// entity_names full-text index for at most $perQuery entities; the resolver then applies its own
// exact and close-spelling rules to them. Shaped as known-entities.cypher.
UNWIND $queries AS query
CALL db.index.fulltext.queryNodes('entity_names', query, {limit: $perQuery}) YIELD node AS n
WITH DISTINCT n
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name,
       coalesce(n.aliases, []) + [a IN [n.acronym] WHERE a IS NOT NULL] AS aliases,
       CASE WHEN n:Event THEN toString(n.date) END AS date, n.city AS city
