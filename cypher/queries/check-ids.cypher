// The label of each id in $ids (an id merged away answers for the entity it was merged into), or
// null for an id the graph does not know: custom queries refuse unknown ids instead of answering [].
UNWIND $ids AS id
OPTIONAL MATCH (r:Redirect {id: id})
OPTIONAL MATCH (n:Entity {id: coalesce(r.redirectTo, id)})
RETURN id, head([l IN labels(n) WHERE l <> 'Entity']) AS label
