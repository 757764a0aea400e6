// The entities with these ids (unique-constraint index seeks), shaped as known-entities.cypher.
UNWIND $ids AS wanted
MATCH (n:Entity {id: wanted})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name,
       coalesce(n.aliases, []) + [a IN [n.acronym] WHERE a IS NOT NULL] AS aliases,
       CASE WHEN n:Event THEN toString(n.date) END AS date, n.city AS city
