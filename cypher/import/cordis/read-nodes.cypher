// The entities a batch of projects states facts about, as they are (claims included).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, properties(n) AS props
