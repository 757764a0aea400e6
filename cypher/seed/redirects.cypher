// Ids a load uses that were merged away (src/merge/): each with the id of the entity it became.
UNWIND $ids AS wanted
MATCH (r:Redirect {id: wanted})
RETURN r.id AS id, r.redirectTo AS target
