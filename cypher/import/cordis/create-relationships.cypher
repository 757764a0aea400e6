// Participations, coordinations and funding a release states for the first time: the batch has
// read the graph in the same transaction, so these do not exist yet (CREATE, not MERGE).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
