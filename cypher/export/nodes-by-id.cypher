// The entities with the given ids, in id order.
UNWIND $ids AS wanted
MATCH (n:Entity {id: wanted})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props
ORDER BY id
