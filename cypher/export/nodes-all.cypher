// Every entity, in id order (index-backed). props holds every stored property.
MATCH (n:Entity)
WHERE n.id IS NOT NULL
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props
ORDER BY id
