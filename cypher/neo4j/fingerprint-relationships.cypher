// Every relationship as type, endpoint ids and sorted JSON properties (audit links left out).
MATCH (a)-[r]->(b)
WHERE type(r) <> 'CHANGED'
WITH type(r) AS type, coalesce(a.id, elementId(a)) AS from, coalesce(b.id, elementId(b)) AS to,
     apoc.convert.toSortedJsonMap(properties(r)) AS props
RETURN type, from, to, props
ORDER BY from, type, to, props
