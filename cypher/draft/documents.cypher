// The documents `policy-graph draft` can refer to by title: each with every title a source gives
// it (a title in conflict is kept as a name claim beside the shown one). Read only.
MATCH (d:Document)
WHERE d.name IS NOT NULL
WITH d, [c IN coalesce(d.claims, []) | apoc.convert.fromJsonMap(c)] AS claims
RETURN d.id AS id,
  d.name AS name,
  [c IN claims WHERE c.property = 'name' AND c.value IS NOT NULL | toString(c.value)] AS names
