// The kept entity's united properties (aliases, claims, external ids, shown values); returns its element id.
MATCH (n:Entity {id: $keep})
SET n += $props
RETURN elementId(n) AS eid
