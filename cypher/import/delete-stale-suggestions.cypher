// Pending suggestions of an earlier run that this run no longer makes (a judgement settled them,
// or the data changed): only those about an entity this run resolved again ($entities), so an
// import of one file or release leaves the suggestions about the others' entities alone.
MATCH (s:Suggestion {origin: $origin})
WHERE NOT s.id IN $ids AND (s.left IN $entities OR s.right IN $entities)
DETACH DELETE s
