// Events within a day of the dates of new events a load declares (event_date index), for the
// possible-duplicate check: another id for a known event. Shaped as known-entities.cypher.
UNWIND $dates AS day
MATCH (n:Event)
WHERE n.date >= date(day) - duration('P1D') AND n.date <= date(day) + duration('P1D')
WITH DISTINCT n
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name,
       coalesce(n.aliases, []) + [a IN [n.acronym] WHERE a IS NOT NULL] AS aliases,
       CASE WHEN n:Event THEN toString(n.date) END AS date, n.city AS city
