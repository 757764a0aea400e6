// Per-row baseline: one node per statement.
MERGE (n:Entity {id: $id})
SET n:$($label)
SET n += $props
