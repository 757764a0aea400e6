// searchCount(text, labels): how many entities `search` would find without a limit: every word
// matches (exactly, as a prefix or fuzzily, as in search.cypher); at most 10,000 hits per index.
WITH [w IN split(apoc.text.regreplace(toLower(left($text, 200)), '\\s+', ' '), ' ') WHERE w <> ''][0..10] AS words
WITH [w IN words | apoc.text.regreplace(w, '([+\\-&|!(){}\\[\\]^"~*?:\\\\/])', '\\\\$1')] AS escaped
WITH reduce(q = '', w IN escaped |
  q + ' +(' + w + '^3 ' + w + '*^2'
    + CASE WHEN size(w) >= 6 THEN ' ' + w + '~2' WHEN size(w) >= 4 THEN ' ' + w + '~1' ELSE '' END + ')'
) AS query
CALL (query) {
  WITH query WHERE query <> ''
  CALL db.index.fulltext.queryNodes('entity_names', query, {limit: 10000}) YIELD node
  RETURN node
  UNION
  WITH query WHERE query <> ''
  CALL db.index.fulltext.queryNodes('statement_text', query, {limit: 10000}) YIELD node
  RETURN node
  UNION
  WITH query WHERE query <> ''
  CALL db.index.fulltext.queryNodes('meeting_subjects', query, {limit: 10000}) YIELD node
  RETURN node
}
WITH node WHERE node:Entity AND ($labels IS NULL OR head([l IN labels(node) WHERE l <> 'Entity']) IN $labels)
RETURN count(DISTINCT node) AS count
