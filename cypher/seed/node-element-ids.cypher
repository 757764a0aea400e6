// Element ids of the nodes new relationships connect (one index seek per node, not one per
// relationship end); valid for the rest of this transaction.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, elementId(n) AS eid
