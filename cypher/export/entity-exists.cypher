// Whether an entity with this id exists.
OPTIONAL MATCH (n:Entity {id: $id})
RETURN n IS NOT NULL AS found
