// Names of some people in the graph: realistic full-text look-ups for the look-up cost model.
MATCH (p:Person)
RETURN p.name AS name
LIMIT $limit
