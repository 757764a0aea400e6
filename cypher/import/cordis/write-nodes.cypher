// Facts of a release on entities written in phase 1: only the properties that change.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n += row.props
