// Empties the bench graph (schema and migration records stay); needs an auto-commit transaction.
MATCH (n)
WHERE NOT n:SchemaMigration
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
