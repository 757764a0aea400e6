// The document the graph already has at an address (a draft of a text loaded before adds to it).
MATCH (d:Document)
WHERE d.url = $url
RETURN d.id AS id, d.name AS name
ORDER BY d.id
LIMIT 1
