// What the graph knows of each dataset Document: the sha256 of the file last imported in full and
// the hash of the judgements it was resolved with.
UNWIND $ids AS id
OPTIONAL MATCH (d:Document {id: id})
RETURN id, d.sha256 AS sha256, d.importedWith AS importedWith
