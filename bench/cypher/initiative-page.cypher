// An initiative page: the initiative, who leads and funds it (amount), contributing projects and
// their coordinators, events about it, and its sources — each list at most 50, as the API's @limit.
MATCH (i:Initiative {id: $id})
CALL (i) {
  OPTIONAL MATCH (i)-[:LED_BY]->(o:Organisation)
  WITH o LIMIT 50
  RETURN collect(o {.id, .name}) AS ledBy
}
CALL (i) {
  OPTIONAL MATCH (i)-[f:FUNDED_BY]->(o:Organisation)
  WITH f, o LIMIT 50
  RETURN collect({properties: {amountEur: f.amountEur}, node: o {.id, .name}}) AS fundedBy
}
CALL (i) {
  OPTIONAL MATCH (p:Project)-[:CONTRIBUTES_TO]->(i)
  WITH p LIMIT 50
  CALL (p) {
    OPTIONAL MATCH (p)-[:COORDINATED_BY]->(c:Organisation)
    WITH c LIMIT 50
    RETURN collect(c {.id, .name}) AS coordinatedBy
  }
  RETURN collect(p {.id, .name, .acronym, coordinatedBy: coordinatedBy}) AS projects
}
CALL (i) {
  OPTIONAL MATCH (e:Event)-[:ABOUT]->(i)
  WITH e LIMIT 50
  RETURN collect(e {.id, .name, .date}) AS events
}
CALL (i) {
  CALL (i) {
    MATCH (i)-[:MENTIONED_IN]->(doc:Document)
    RETURN doc
    UNION
    MATCH (i)-[r]-()
    WHERE r.sources IS NOT NULL
    UNWIND r.sources AS sourceId
    WITH DISTINCT sourceId
    MATCH (doc:Document {id: sourceId})
    RETURN doc
  }
  WITH DISTINCT doc
  ORDER BY doc.published IS NULL, doc.published DESC, doc.id
  LIMIT 50
  RETURN collect(doc {.id, .name, .published}) AS sources
}
RETURN i {.id, .name, .acronym, .kind, .launched, .budgetEur, ledBy: ledBy,
  fundedByConnection: {edges: fundedBy}, projects: projects, events: events, sources: sources} AS initiative
