// search finds meetings by their declared subject ("health data" → the meetings about it).
CREATE FULLTEXT INDEX meeting_subjects IF NOT EXISTS FOR (n:Event) ON EACH [n.subject];
