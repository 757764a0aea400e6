// The dataset Documents (kind DATASET), one per register file. sha256 is set only when the import
// has finished (set-dataset-state.cypher), so an interrupted import is never taken as loaded.
UNWIND $rows AS row
MERGE (d:Entity {id: row.id})
ON CREATE SET d:Document, d += row.props, d.aliases = []
WITH d, row
WHERE any(k IN keys(row.props) WHERE d[k] IS NULL OR d[k] <> row.props[k])
SET d += row.props
