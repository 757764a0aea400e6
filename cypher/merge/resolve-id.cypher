// resolveId(id): the id an entity answers to now: its own, the target of its redirect, or null.
OPTIONAL MATCH (r:Redirect {id: $id})
OPTIONAL MATCH (n:Entity {id: coalesce(r.redirectTo, $id)})
RETURN n.id AS id
