// New nodes of one label (the plan found no node with these ids, under the seed lock): CREATE, not
// MERGE, and their element ids back for the relationships that follow in this transaction.
UNWIND $rows AS row
CREATE (n:Entity:$($label))
SET n = row.props, n.id = row.id
RETURN row.id AS id, elementId(n) AS eid
