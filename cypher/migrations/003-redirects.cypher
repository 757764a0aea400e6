// Merge with redirect (src/merge/): a merged-away entity leaves a (:Redirect {id, redirectTo, reason,
// at}) node, without the Entity label. Looked up by its old id, and by target when chains collapse.
CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (r:Redirect) REQUIRE r.id IS UNIQUE;
CREATE INDEX redirect_target IF NOT EXISTS FOR (r:Redirect) ON (r.redirectTo);
