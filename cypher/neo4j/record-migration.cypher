// Records one applied migration.
MERGE (m:SchemaMigration {id: $id})
SET m.checksum = $checksum, m.appliedAt = datetime()
