// The graph's generation: a fresh token in every write transaction (seed, import, merge, mutation,
// review), committed with the write. Response caches key reads by it, so the next read after a
// commit never gets an answer cached before it (also in another server process on this database).
// A token, not a counter: a wiped graph that starts counting again cannot meet an old key.
MERGE (g:GraphGeneration {id: 'graph'})
SET g.token = randomUUID(), g.writes = coalesce(g.writes, 0) + 1, g.at = datetime.transaction()
