// Is the document in the graph? (the benchmark needs the curated seed loaded)
MATCH (d:Document {id: $id})
RETURN count(d) AS found
