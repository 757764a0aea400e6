// One batch of meetings (kind MEETING) with the officials who held them (ATTENDED, capacity = rank
// from the register), the organisations met (MET_AT) and the initiatives/topics their subject names
// (ABOUT). Every relationship cites the dataset Document (`sources`) with its file:line list (`lines`);
// a row restating a known meeting only adds its document and line. Idempotent: MERGE throughout,
// and SET only where something is new.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:Event, e += row.props, e.aliases = []
WITH e, row
CALL (e, row) {
  UNWIND row.links AS link
  MATCH (x:Entity {id: link.id})
  CALL (x, e, link) {
    WITH x, e, link WHERE link.type = 'ATTENDED'
    MERGE (x)-[r:ATTENDED]->(e)
    RETURN r
    UNION
    WITH x, e, link WHERE link.type = 'MET_AT'
    MERGE (x)-[r:MET_AT]->(e)
    RETURN r
    UNION
    WITH x, e, link WHERE link.type = 'ABOUT'
    MERGE (e)-[r:ABOUT]->(x)
    RETURN r
  }
  WITH r, row, link, [v IN row.lines WHERE NOT v IN coalesce(r.lines, [])] AS added
  WHERE r.sources IS NULL OR NOT row.doc IN r.sources OR size(added) > 0
  SET r.sources = CASE WHEN row.doc IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + row.doc END,
    r.lines = coalesce(r.lines, []) + added,
    r.capacity = CASE WHEN r.capacity IS NULL THEN link.capacity ELSE r.capacity END
  RETURN count(*) AS changed
}
// Links of an earlier run that this resolution no longer makes (a judgement changed it): only
// links whose every file:line is one of this row's, so links stated by other rows stay.
CALL (e, row) {
  MATCH (e)-[r:ABOUT]-(x) WHERE NOT x.id IN [l IN row.links | l.id]
    AND r.sources = [row.doc] AND all(v IN r.lines WHERE v IN row.lines)
  DELETE r
  RETURN count(*) AS removedAbout
}
CALL (e, row) {
  MATCH (x)-[r:ATTENDED|MET_AT]->(e) WHERE NOT x.id IN [l IN row.links | l.id]
    AND r.sources = [row.doc] AND all(v IN r.lines WHERE v IN row.lines)
  DELETE r
  RETURN count(*) AS removed
}
RETURN sum(changed) AS changed
