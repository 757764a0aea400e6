// Every entity already in the graph, for resolving references by id, name, alias or acronym.
MATCH (n:Entity)
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name,
       coalesce(n.aliases, []) + [a IN [n.acronym] WHERE a IS NOT NULL] AS aliases,
       CASE WHEN n:Event THEN toString(n.date) END AS date, n.city AS city
