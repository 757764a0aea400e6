// A person by id with their roles (title, since, until) and the organisations: the same shape as
// `people(where: {id: {eq: $id}}) { id name aliases rolesConnection { edges { properties node } } }`.
MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)-[r:HOLDS_ROLE]->(o:Organisation)
  WITH r, o
  LIMIT 50
  RETURN collect({
    properties: {title: r.title, since: r.since, until: r.until},
    node: {id: o.id, name: o.name, kind: o.kind}
  }) AS edges
}
RETURN p {.id, .name, .aliases, rolesConnection: {edges: edges}} AS person
