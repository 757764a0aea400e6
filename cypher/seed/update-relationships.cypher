// Changed properties (and the grown `sources` list) of relationships read earlier in this transaction.
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.eid
SET r += row.props
