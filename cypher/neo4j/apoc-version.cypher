// APOC core is installed when this answers.
RETURN apoc.version() AS v
