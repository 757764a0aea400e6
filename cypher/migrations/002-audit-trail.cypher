// The audit trail (src/audit/): one (:Change) per write, linked to a (:ChangeSubject) per entity id
// it touched. Subjects outlive deleted entities, so an entity's history stays queryable by id.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT change_subject_id IF NOT EXISTS FOR (s:ChangeSubject) REQUIRE s.entityId IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
