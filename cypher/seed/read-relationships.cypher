// Current state of the relationships a load states, matched by type, endpoints and identity props.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r:$(row.type)]->(b:Entity {id: row.to})
WHERE all(k IN keys(row.identity) WHERE r[k] = row.identity[k])
RETURN row.key AS key, elementId(r) AS eid, properties(r) AS props
