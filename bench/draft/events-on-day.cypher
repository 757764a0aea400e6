// The curated events on a day (meetings of the register aside), as the draft's eventOn looks them
// up (cypher/seed/events-near-dates.cypher, same day), leaving out the events only the $excluded
// documents mention.
MATCH (n:Event)
WHERE n.date = date($date) AND NOT n.id STARTS WITH 'event:meeting-'
OPTIONAL MATCH (n)-[:MENTIONED_IN]->(d:Document)
WITH n, collect(d.id) AS docs
WHERE size(docs) = 0 OR any(doc IN docs WHERE NOT doc IN $excluded)
RETURN n.id AS id, n.name AS name, n.city AS city,
       coalesce(n.aliases, []) + [a IN [n.acronym] WHERE a IS NOT NULL] AS aliases
ORDER BY n.id
