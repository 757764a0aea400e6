// Whether an entity exists (the first source document of a generated set marks that set as loaded).
RETURN EXISTS { MATCH (:Entity {id: $id}) } AS found
