// A reviewer's decision, recorded in the judgements file, takes the suggestion off the queue at
// once; the next import applies the judgement (and removes the suggestion).
MATCH (s:Suggestion {id: $id})
SET s.status = $status, s.judgedBy = $who
RETURN s.leftRef AS leftRef, s.rightRef AS rightRef
