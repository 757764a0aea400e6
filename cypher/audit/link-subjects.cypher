// recordChange: one CHANGED relationship per entity id (batched), to the entity's ChangeSubject.
MATCH (c:Change {id: $id})
UNWIND $entities AS entity
MERGE (s:ChangeSubject {entityId: entity.id})
CREATE (c)-[:CHANGED {action: entity.action}]->(s)
