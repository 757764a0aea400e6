// Nodes and relationships in the bench graph (count store, constant time).
CALL () {
  MATCH (n:Entity)
  RETURN count(n) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS relationships
}
RETURN nodes, relationships
