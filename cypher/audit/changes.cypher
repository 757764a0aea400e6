// changes(entityId, since, limit): the newest change records first; with entityId only those that
// touched it (with what happened to it as `action`). $limit is clamped to 1..500.
CALL () {
  MATCH (s:ChangeSubject {entityId: $entityId})<-[r:CHANGED]-(c:Change)
  WHERE $entityId IS NOT NULL AND ($since IS NULL OR c.at >= datetime($since))
  RETURN c, r.action AS action
  UNION ALL
  MATCH (c:Change)
  WHERE $entityId IS NULL AND ($since IS NULL OR c.at >= datetime($since))
  RETURN c, null AS action
}
WITH c, action
ORDER BY c.at DESC, c.id
LIMIT CASE WHEN coalesce($limit, 50) < 1 THEN 1 WHEN $limit > 500 THEN 500 ELSE coalesce($limit, 50) END
RETURN c {.*, entityIds: c.entityIds[..100], action: action} AS change
