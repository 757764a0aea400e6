// A reviewer's decision, recorded in the judgements file, shown at once in the review queue.
MATCH (s:Suggestion {id: $id})
SET s.status = $status, s.judgedBy = $who
RETURN s.left AS left, s.right AS right, s.leftName AS leftName, s.rightName AS rightName
