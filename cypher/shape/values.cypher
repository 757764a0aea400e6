// Per label and filterable property ($properties): the most entities that share one value, so a
// `where: { name: { eq } }` is known to match at most that many.
UNWIND $properties AS property
MATCH (n:Entity)
WHERE n[property] IS NOT NULL
WITH head([l IN labels(n) WHERE l <> 'Entity']) AS label, property, n[property] AS value, count(*) AS sharing
RETURN label, property, max(sharing) AS maxSharing
