// Suggestions waiting for review (never a merge). Not Entity nodes and not linked to entities, so
// network queries never see them; `left`/`right` hold the entity ids.
UNWIND $rows AS row
MERGE (s:Suggestion {id: row.id})
ON CREATE SET s += row.props, s.status = 'PENDING', s.origin = $origin
WITH s, row
WHERE any(k IN keys(row.props) WHERE s[k] IS NULL OR s[k] <> row.props[k])
SET s += row.props
