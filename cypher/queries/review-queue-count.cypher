// reviewQueueCount(label): suggestions waiting for review, of one label (Organisation, Person) or all.
MATCH (s:Suggestion {status: 'PENDING'})
WHERE $label IS NULL OR s.label = $label
RETURN count(s) AS count
