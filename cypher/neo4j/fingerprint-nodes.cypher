// Every node as sorted labels + sorted JSON properties (migration, audit and generation records
// left out).
MATCH (n)
WHERE NOT (n:SchemaMigration OR n:Change OR n:ChangeSubject OR n:GraphGeneration)
WITH apoc.coll.sort(labels(n)) AS labels, apoc.convert.toSortedJsonMap(properties(n)) AS props
RETURN labels, props
ORDER BY props, labels
