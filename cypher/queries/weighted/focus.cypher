// weightedNetwork's focus: the entity $id names (an id merged away: the entity it was merged into).
OPTIONAL MATCH (r:Redirect {id: $id})
MATCH (n:Entity {id: coalesce(r.redirectTo, $id)})
RETURN n.id AS id, head([l IN labels(n) WHERE l <> 'Entity']) AS label,
  coalesce(n.name, n.title, n.id) AS name, n.kind AS kind
