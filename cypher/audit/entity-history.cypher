// history on every entity: the change records that touched it, newest first, at most 100.
MATCH (:ChangeSubject {entityId: this.id})<-[r:CHANGED]-(c:Change)
WITH c, r.action AS action
ORDER BY c.at DESC, c.id
LIMIT 100
RETURN c {.*, entityIds: c.entityIds[..100], action: action} AS change
