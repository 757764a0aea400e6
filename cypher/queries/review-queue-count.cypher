// reviewQueueCount: suggestions waiting for review.
MATCH (s:Suggestion {status: 'PENDING'})
RETURN count(s) AS count
