// The entities of a merge ($keep, $drop), each looked up through its redirect when it is one.
UNWIND [$keep, $drop] AS asked
OPTIONAL MATCH (r:Redirect {id: asked})
OPTIONAL MATCH (n:Entity {id: coalesce(r.redirectTo, asked)})
RETURN asked, r.redirectTo AS redirectTo, n.id AS id,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props
