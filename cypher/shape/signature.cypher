// The graph's size from Neo4j's count store (constant time): the shape is read again when it
// changes. Entities and their relationships only: the audit trail (Change, CHANGED) grows with
// every write without changing the graph's shape.
CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS all }
CALL () { MATCH ()-[r:CHANGED]->() RETURN count(r) AS audit }
RETURN nodes, all - audit AS relationships
