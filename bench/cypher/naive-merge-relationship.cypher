// Per-row baseline: one relationship per statement.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MERGE (a)-[r:$($type)]->(b)
SET r += $props
