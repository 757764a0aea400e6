// Every relationship between entities. With $asOf (an ISO date string or null), HOLDS_ROLE keeps
// only roles valid on that day: since <= asOf <= until, an open end counting as valid.
MATCH (a:Entity)-[r]->(b:Entity)
WITH a, r, b, date($asOf) AS asOf
WHERE asOf IS NULL OR type(r) <> 'HOLDS_ROLE'
   OR ((r.since IS NULL OR r.since <= asOf) AND (r.until IS NULL OR r.until >= asOf))
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props
