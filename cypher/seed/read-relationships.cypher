// Current state of the relationships a load states, matched by type, endpoints and identity props
// (an identity prop the load leaves out is null, and matches only a relationship without it).
// `at` is the row's place in $rows: the load keeps no key string per relationship.
UNWIND range(0, size($rows) - 1) AS at
WITH at, $rows[at] AS row
MATCH (a:Entity {id: row.from})-[r:$(row.type)]->(b:Entity {id: row.to})
WHERE all(k IN keys(row.identity) WHERE
  (row.identity[k] IS NULL AND r[k] IS NULL) OR r[k] = row.identity[k])
RETURN at, elementId(r) AS eid, properties(r) AS props
