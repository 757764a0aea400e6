// One breadth-first step: the entities next to $frontier (either direction). A HOLDS_ROLE that is
// not valid on $asOf (when given) does not connect.
UNWIND $frontier AS wanted
MATCH (a:Entity {id: wanted})-[r]-(b:Entity)
WITH b, r, date($asOf) AS asOf
WHERE asOf IS NULL OR type(r) <> 'HOLDS_ROLE'
   OR ((r.since IS NULL OR r.since <= asOf) AND (r.until IS NULL OR r.until >= asOf))
RETURN DISTINCT b.id AS id
