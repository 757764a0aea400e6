// Did you mean: entities of $label whose name matches $name ignoring case, or that have it as an
// alias or acronym (a look-up by name that found nothing; at most 3).
MATCH (n:Entity)
WHERE $label IN labels(n)
  AND (toLower(n.name) = toLower($name) OR $name IN coalesce(n.aliases, []) OR n.acronym = $name)
RETURN n.id AS id, n.name AS name
LIMIT 3
