// Participations, coordinations and funding of a release: created when new, and only the
// properties that change set (sources, lines, claims, asOf, droppedBy…).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
SET r += row.props
