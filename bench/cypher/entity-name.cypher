// The name of one entity, for writing a probe document that refers to it by name.
MATCH (n:Entity {id: $id})
RETURN n.name AS name
