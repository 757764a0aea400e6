// Provenance of API writes: which of $ids are Documents in the graph (seen inside the write's own
// transaction, so a document created earlier in the same operation counts).
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN collect(d.id) AS ids
