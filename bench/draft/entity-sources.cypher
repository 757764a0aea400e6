// Every entity the draft's gazetteer reads (as cypher/draft/gazetteer.cypher), with the documents
// it is MENTIONED_IN and its claims (JSON strings: property, value, sources): what lets the
// benchmark rebuild the gazetteer as if some documents had never been loaded.
MATCH (n:Person|Organisation|Initiative|Project|Topic)
OPTIONAL MATCH (n)-[:MENTIONED_IN]->(d:Document)
RETURN n.id AS id, collect(d.id) AS docs, coalesce(n.claims, []) AS claims
