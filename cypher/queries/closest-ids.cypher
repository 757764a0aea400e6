// Candidates for "did you mean": ids of the same prefix that contain one of the words of the
// unknown id (at most 200; ranked by edit distance in src/graphql/id-arguments.ts).
MATCH (n:Entity)
WHERE n.id STARTS WITH $prefix AND any(word IN $words WHERE n.id CONTAINS word)
RETURN n.id AS id
LIMIT 200
