// The review queue: pending suggestions, best first.
MATCH (s:Suggestion {status: 'PENDING'})
RETURN s {.id, .label, .left, .right, .leftName, .rightName, .reason, .score, .evidence} AS suggestion
ORDER BY s.score DESC, s.id
SKIP $offset LIMIT $limit
