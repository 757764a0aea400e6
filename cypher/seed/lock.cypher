// Serialises concurrent loads: the first statement of every seed transaction takes this write lock.
MERGE (l:SeedLock {id: 'seed'})
SET l.held = true
