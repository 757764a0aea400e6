// The dropped entity (its relationships already moved) becomes a redirect to the kept one, and
// redirects to it now point at the kept one too (A→B, then B→C makes A→C).
MATCH (n:Entity {id: $drop})
DETACH DELETE n
CREATE (:Redirect {id: $drop, redirectTo: $keep, label: $label, reason: $reason, at: datetime()})
WITH 1 AS done
OPTIONAL MATCH (r:Redirect {redirectTo: $drop})
SET r.redirectTo = $keep
RETURN count(r) AS collapsed
