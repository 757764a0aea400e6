// Entities an earlier run created for spellings that now resolve elsewhere (a `same` judgement):
// only nodes this import created (origin), with everything attached to them.
UNWIND $ids AS id
MATCH (n:Entity {id: id, origin: $origin})
DETACH DELETE n
