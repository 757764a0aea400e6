// Migrations already applied, with the checksum of their file.
MATCH (m:SchemaMigration)
RETURN m.id AS id, m.checksum AS checksum
