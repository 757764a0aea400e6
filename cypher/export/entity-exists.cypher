// The id an entity answers to (its own, or the kept entity's when $id was merged away), null if none.
OPTIONAL MATCH (r:Redirect {id: $id})
OPTIONAL MATCH (n:Entity {id: coalesce(r.redirectTo, $id)})
RETURN n IS NOT NULL AS found, n.id AS id
