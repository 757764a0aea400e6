// Participations, coordinations and funding a release restates: only the properties that change
// (sources, lines, claims, asOf, droppedBy…).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r:$(row.type)]->(b:Entity {id: row.to})
SET r += row.props
