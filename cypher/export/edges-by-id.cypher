// Relationships whose two ends are both among $ids, with the same HOLDS_ROLE rule as edges-all.
UNWIND $ids AS wanted
MATCH (a:Entity {id: wanted})-[r]->(b:Entity)
WITH a, r, b, date($asOf) AS asOf
WHERE b.id IN $ids
  AND (asOf IS NULL OR type(r) <> 'HOLDS_ROLE'
       OR ((r.since IS NULL OR r.since <= asOf) AND (r.until IS NULL OR r.until >= asOf)))
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props
