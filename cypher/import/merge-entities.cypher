// Organisations and people of the register: created when new (origin marks them as imported),
// and every spelling seen added to `aliases` (linked curated entities included). Labels: $label.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:$($label), n.name = row.name, n.aliases = [], n.origin = $origin
WITH n, [a IN row.aliases WHERE a <> n.name AND NOT a IN coalesce(n.aliases, [])] AS added
WHERE size(added) > 0
SET n.aliases = coalesce(n.aliases, []) + added
