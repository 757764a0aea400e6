// Marks each dataset Document as imported in full (last step of an import).
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
WITH d, row
WHERE d.sha256 IS NULL OR d.sha256 <> row.sha256 OR d.importedWith IS NULL OR d.importedWith <> row.importedWith
SET d.sha256 = row.sha256, d.importedWith = row.importedWith
