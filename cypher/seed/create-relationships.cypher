// New relationships of one type, with their provenance (sources, evidence) and own properties.
// Ends are element ids of this transaction (create-nodes.cypher, node-element-ids.cypher).
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.from
MATCH (b) WHERE elementId(b) = row.to
CREATE (a)-[r:$($type)]->(b)
SET r = row.props
