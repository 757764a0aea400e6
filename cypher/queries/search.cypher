// search(text, labels, limit): full-text over entity names/aliases (entity_names), statements
// (statement_text) and meeting subjects (meeting_subjects), optionally of some labels only. At most
// 10 words of $text are lower-cased and Lucene-escaped; every word must match (AND), exactly
// (boosted), as a prefix or fuzzily (`word~1` from 4 characters, `word~2` from 6), so "Virkunnen" finds
// "Virkkunen". $limit is clamped to 1..100; each index is asked for 5 × that many when a label
// filter may drop hits.
WITH
  CASE WHEN coalesce($limit, 10) < 1 THEN 1 WHEN $limit > 100 THEN 100 ELSE coalesce($limit, 10) END AS lim,
  [w IN split(apoc.text.regreplace(toLower(left($text, 200)), '\\s+', ' '), ' ') WHERE w <> ''][0..10] AS words
WITH lim, [w IN words | apoc.text.regreplace(w, '([+\\-&|!(){}\\[\\]^"~*?:\\\\/])', '\\\\$1')] AS escaped
WHERE size(escaped) > 0
WITH lim, CASE WHEN $labels IS NULL THEN lim ELSE lim * 5 END AS asked, reduce(q = '', w IN escaped |
  q + ' +(' + w + '^3 ' + w + '*^2'
    + CASE WHEN size(w) >= 6 THEN ' ' + w + '~2' WHEN size(w) >= 4 THEN ' ' + w + '~1' ELSE '' END + ')'
) AS query
CALL (asked, query) {
  CALL db.index.fulltext.queryNodes('entity_names', query, {limit: asked}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_text', query, {limit: asked}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('meeting_subjects', query, {limit: asked}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score, head([l IN labels(node) WHERE l <> 'Entity']) AS label
WHERE node:Entity AND ($labels IS NULL OR label IN $labels)
WITH node, score, label
ORDER BY score DESC, node.id
LIMIT CASE WHEN coalesce($limit, 10) < 1 THEN 1 WHEN $limit > 100 THEN 100 ELSE coalesce($limit, 10) END
RETURN {
  score: score,
  id: node.id,
  label: label,
  name: coalesce(node.name, node.title, node.id),
  subject: node.subject,
  date: node.date
} AS hit
