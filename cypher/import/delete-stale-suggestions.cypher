// Pending suggestions of an earlier run that this run no longer makes (a judgement settled them,
// or the data changed).
MATCH (s:Suggestion {origin: $origin})
WHERE NOT s.id IN $ids
DETACH DELETE s
