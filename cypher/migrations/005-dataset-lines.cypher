// Provenance as data: where a dataset states a fact is a list of `file:line` (`lines`), not a
// string joined with "; " in `evidence` (which keeps quotes only). Moves the evidence of every
// relationship a DATASET document states, when it is nothing but file:line references, and keeps
// lines an import already wrote.
MATCH ()-[r]->()
WHERE r.evidence IS NOT NULL AND r.evidence =~ '[^;]+:\\d+(; [^;]+:\\d+)*'
  AND any(s IN coalesce(r.sources, []) WHERE EXISTS { MATCH (:Document {id: s, kind: 'DATASET'}) })
WITH r, split(r.evidence, '; ') AS stated
SET r.lines = stated + [v IN coalesce(r.lines, []) WHERE NOT v IN stated]
REMOVE r.evidence;
