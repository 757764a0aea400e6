// Distinct meetings the given dataset Documents state (counted in the graph, so the import keeps
// no per-meeting state in memory).
MATCH (o)-[r:ATTENDED|MET_AT]->(e:Event {kind: 'MEETING'})
WHERE any(doc IN r.sources WHERE doc IN $docs)
RETURN count(DISTINCT e) AS meetings
