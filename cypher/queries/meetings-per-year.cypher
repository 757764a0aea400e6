// meetingsPerYear(id, from, to): distinct meetings per calendar year of an official (ATTENDED) or
// an organisation (MET_AT).
MATCH (n:Entity {id: $id})-[:ATTENDED|MET_AT]->(e:Event {kind: 'MEETING'})
WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
WITH e.date.year AS year, count(DISTINCT e) AS meetings
ORDER BY year
RETURN {year: year, meetings: meetings} AS row
