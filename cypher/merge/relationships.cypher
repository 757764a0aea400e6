// Every relationship of one entity, with its direction and the element id of its other end.
MATCH (n:Entity {id: $id})-[r]-(o)
RETURN elementId(r) AS eid, type(r) AS type, startNode(r) = n AS outgoing,
       elementId(o) AS other, o.id AS otherId, properties(r) AS props
