// reviewQueue(limit, offset): pending suggestions, best first. $limit clamped to 1..500.
MATCH (s:Suggestion {status: 'PENDING'})
WITH s
ORDER BY s.score DESC, s.id
SKIP CASE WHEN coalesce($offset, 0) < 0 THEN 0 ELSE coalesce($offset, 0) END
LIMIT CASE WHEN coalesce($limit, 50) < 1 THEN 1 WHEN $limit > 500 THEN 500 ELSE coalesce($limit, 50) END
RETURN s {.id, .label, .left, .right, .leftName, .rightName, .reason, .score, .evidence} AS suggestion
