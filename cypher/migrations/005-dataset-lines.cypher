// Provenance as data: where a dataset states a fact is a list of `file:line` (`lines`), not a
// string joined with "; " in `evidence` (which keeps quotes only). Moves every evidence that is
// nothing but file:line references; a curated quote never has that shape.
MATCH ()-[r]->()
WHERE r.evidence IS NOT NULL AND r.evidence =~ '[\\w.-]+:\\d+(; [\\w.-]+:\\d+)*'
SET r.lines = split(r.evidence, '; ')
REMOVE r.evidence;
