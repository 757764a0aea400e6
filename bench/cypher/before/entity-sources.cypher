// cypher/queries/entity-sources.cypher as it was before the bench (kept to measure the fix):
// every (relationship, source id) pair looked up a Document, duplicates included.
CALL (this) {
  MATCH (this)-[:MENTIONED_IN]->(doc:Document)
  RETURN doc
  UNION
  MATCH (this)-[r]-()
  WHERE r.sources IS NOT NULL
  UNWIND r.sources AS sourceId
  MATCH (doc:Document {id: sourceId})
  RETURN doc
}
WITH DISTINCT doc
ORDER BY doc.published IS NULL, doc.published DESC, doc.id
LIMIT 200
RETURN doc AS document
