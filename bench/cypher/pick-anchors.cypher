// Deterministic anchors for the API and scale benchmarks: an ordinary person (5–12 network
// relationships, first by id), a second person for paths, the busiest initiative (a hub: its
// neighbourhood grows with the graph), an initiative of median-like degree (20–40 links: the same
// neighbourhood size at every graph size), and a search term.
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
CALL () {
  MATCH (t:Initiative)
  WHERE 20 <= COUNT { (t)-[r]-() WHERE type(r) <> 'MENTIONED_IN' } <= 40
  RETURN t
  ORDER BY t.id
  LIMIT 1
}
RETURN people[0].id AS person, people[1].id AS other, i.id AS initiative,
  t.id AS typicalInitiative, split(people[1].name, ' ')[1] AS term
