// Cities (and their countries) of the events the graph knows: a draft's place names.
MATCH (e:Event)
WHERE e.city IS NOT NULL
RETURN e.city AS city, head(collect(DISTINCT e.country)) AS country, count(*) AS events
