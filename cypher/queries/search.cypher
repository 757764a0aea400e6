// search(text, limit): full-text over entity names/aliases (entity_names) and statements
// (statement_text). At most 10 words of $text are lower-cased and Lucene-escaped, then asked for
// exactly (boosted), as a prefix and fuzzily (`word~1` from 4 characters, `word~2` from 6), so
// "Virkunnen" finds "Virkkunen". $limit is clamped to 1..100.
WITH
  CASE WHEN coalesce($limit, 10) < 1 THEN 1 WHEN $limit > 100 THEN 100 ELSE coalesce($limit, 10) END AS lim,
  [w IN split(apoc.text.regreplace(toLower(left($text, 200)), '\\s+', ' '), ' ') WHERE w <> ''][0..10] AS words
WITH lim, [w IN words | apoc.text.regreplace(w, '([+\\-&|!(){}\\[\\]^"~*?:\\\\/])', '\\\\$1')] AS escaped
WHERE size(escaped) > 0
WITH lim, reduce(q = '', w IN escaped |
  q + ' ' + w + '^3 ' + w + '*^2'
    + CASE WHEN size(w) >= 6 THEN ' ' + w + '~2' WHEN size(w) >= 4 THEN ' ' + w + '~1' ELSE '' END
) AS query
CALL (lim, query) {
  CALL db.index.fulltext.queryNodes('entity_names', query, {limit: lim}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_text', query, {limit: lim}) YIELD node, score
  RETURN node, score
}
WITH node, score, lim
ORDER BY score DESC, node.id
LIMIT CASE WHEN coalesce($limit, 10) < 1 THEN 1 WHEN $limit > 100 THEN 100 ELSE coalesce($limit, 10) END
RETURN {
  score: score,
  id: node.id,
  label: head([l IN labels(node) WHERE l <> 'Entity']),
  name: coalesce(node.name, node.title, node.id)
} AS hit
