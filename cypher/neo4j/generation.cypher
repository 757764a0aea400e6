// The graph's current generation token (advance-generation.cypher); 'initial' before any write.
OPTIONAL MATCH (g:GraphGeneration {id: 'graph'})
RETURN coalesce(g.token, 'initial') AS token
