// The graph's generation (cypher/neo4j/advance-generation.cypher) is one node that every write
// transaction MERGEs: unique, so concurrent writers (two server processes, an import next to a
// mutation) lock and update the same node instead of creating two.
CREATE CONSTRAINT graph_generation_id IF NOT EXISTS
FOR (g:GraphGeneration) REQUIRE g.id IS UNIQUE;
