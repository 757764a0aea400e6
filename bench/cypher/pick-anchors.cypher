// Deterministic anchors for the API and scale benchmarks: an ordinary person (5–12 network
// relationships, first by id), a second person for paths, the busiest initiative, a search term.
CALL () {
  MATCH (p:Person)
  WITH p, COUNT { (p)-[r]-() WHERE type(r) <> 'MENTIONED_IN' } AS degree
  WHERE 5 <= degree <= 12
  RETURN p
  ORDER BY p.id
  LIMIT 2
}
WITH collect(p) AS people
CALL () {
  MATCH (i:Initiative)
  RETURN i
  ORDER BY COUNT { (i)-[r]-() WHERE type(r) <> 'MENTIONED_IN' } DESC, i.id
  LIMIT 1
}
RETURN people[0].id AS person, people[1].id AS other, i.id AS initiative,
  split(people[1].name, ' ')[1] AS term
