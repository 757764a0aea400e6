// Provenance of each organisation and person: MENTIONED_IN the dataset Document, with the spelling
// as written (when it differs from the name) and the first file:line that names it (`lines`).
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
MATCH (d:Document {id: row.doc})
MERGE (n)-[m:MENTIONED_IN]->(d)
ON CREATE SET m.sources = [row.doc], m.lines = row.lines, m.asWritten = row.asWritten
