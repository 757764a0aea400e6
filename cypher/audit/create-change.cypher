// recordChange: the change record itself. `at` is the transaction's own time (datetime() is fixed
// for a transaction), so the record and the write it describes carry the same moment.
CREATE (c:Change {
  id: $id,
  at: datetime(),
  actor: $actor,
  operation: $operation,
  name: $name,
  fields: $fields,
  requestId: $requestId,
  entityCount: $entityCount,
  entityIds: $entityIds,
  nodesCreated: $counts.nodesCreated,
  nodesDeleted: $counts.nodesDeleted,
  relationshipsCreated: $counts.relationshipsCreated,
  relationshipsDeleted: $counts.relationshipsDeleted,
  propertiesSet: $counts.propertiesSet
})
RETURN c.id AS id
