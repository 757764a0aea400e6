// How many entities the graph holds (from the count store: constant time), to choose between
// reading every entity and looking up only those a load names.
MATCH (n:Entity)
RETURN count(n) AS entities
