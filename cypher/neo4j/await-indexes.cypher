// Waits until new indexes are online (full-text included).
CALL db.awaitIndexes(300)
