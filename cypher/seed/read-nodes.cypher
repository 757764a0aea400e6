// Current properties of the nodes a load touches (absent ids are new).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, properties(n) AS props
