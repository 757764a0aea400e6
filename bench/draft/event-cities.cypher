// Cities of the events the graph knows (as cypher/draft/places.cypher), leaving out the events
// only the $excluded documents mention.
MATCH (e:Event)
WHERE e.city IS NOT NULL
OPTIONAL MATCH (e)-[:MENTIONED_IN]->(d:Document)
WITH e, collect(d.id) AS docs
WHERE size(docs) = 0 OR any(doc IN docs WHERE NOT doc IN $excluded)
RETURN e.city AS city, head(collect(DISTINCT e.country)) AS country, count(*) AS events
