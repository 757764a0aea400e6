// Updates nodes of one label; props hold only what changes (aliases as the full list).
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$($label)
SET n += row.props
RETURN row.id AS id, elementId(n) AS eid
