/**
 * The CORDIS researcher questions (issue 20), written the natural way in GraphQL, each next to
 * hand-written Cypher giving the same answer. `$org` is the organisation with most projects.
 */
export interface CordisQuestion {
  readonly title: string;
  readonly graphql: (org: string) => string;
  readonly cypher: string;
}

export const HEALTH = 'initiative:horizon-2-1';

export const CORDIS_QUESTIONS: CordisQuestion[] = [
  {
    title: 'projects of the Health cluster with their coordinators',
    graphql: () => `{ initiatives(where: { id: { eq: "${HEALTH}" } }) { name
      fundsConnection { totalCount } funds(limit: 100) { ... on Project { acronym coordinatedBy { name } } } } }`,
    cypher: `MATCH (:Initiative {id: '${HEALTH}'})<-[:FUNDED_BY]-(p:Project)
OPTIONAL MATCH (p)-[:COORDINATED_BY]->(c:Organisation)
WITH p, collect(c.name) AS coordinators LIMIT 100 RETURN p.acronym, coordinators`,
  },
  {
    title: "an organisation's funding in total and per year",
    graphql: (org) => `{ organisations(where: { id: { eq: "${org}" } }) { name
      funding { projects coordinated ecContribution perYear { year projects ecContribution } } } }`,
    cypher: `MATCH (o:Organisation {id: $org})-[r:PARTICIPATES_IN]->(p:Project) WHERE r.droppedBy IS NULL
RETURN p.start.year AS year, count(p) AS projects, sum(r.ecContribution) AS ec ORDER BY year`,
  },
  {
    title: 'top 10 participants of the Health cluster by EU contribution',
    graphql: () =>
      `{ topParticipants(programme: "${HEALTH}", by: EC_CONTRIBUTION) { total organisations { name projects ecContribution } } }`,
    cypher: `MATCH (:Initiative {id: '${HEALTH}'})<-[:FUNDED_BY*1..4]-(p:Project)
WITH DISTINCT p MATCH (o:Organisation)-[r:PARTICIPATES_IN]->(p) WHERE r.droppedBy IS NULL
WITH o, count(DISTINCT p) AS projects, sum(r.ecContribution) AS ec
RETURN o.name, projects, ec ORDER BY ec DESC LIMIT 10`,
  },
  {
    title: "an organisation's top 10 partners by shared projects",
    graphql: (org) =>
      `{ organisations(where: { id: { eq: "${org}" } }) { partners { total organisations { name projects } } } }`,
    cypher: `MATCH (o:Organisation {id: $org})-[r1:PARTICIPATES_IN]->(p:Project)<-[r2:PARTICIPATES_IN]-(x:Organisation)
WHERE x <> o AND r1.droppedBy IS NULL AND r2.droppedBy IS NULL
RETURN x.name, count(DISTINCT p) AS shared ORDER BY shared DESC LIMIT 10`,
  },
  {
    title: 'organisations that met the Commission about the EHDS, with their Health funding',
    graphql: () => `{ initiatives(where: { id: { eq: "initiative:ehds" } }) { events(limit: 100) {
      organisations { name funding(programme: "${HEALTH}") { projects ecContribution } } } } }`,
    cypher: `MATCH (:Initiative {id: 'initiative:ehds'})<-[:ABOUT]-(e:Event)<-[:MET_AT]-(o:Organisation)
WITH DISTINCT o OPTIONAL MATCH (o)-[r:PARTICIPATES_IN]->(p:Project)-[:FUNDED_BY*1..4]->(:Initiative {id: '${HEALTH}'})
WHERE r.droppedBy IS NULL RETURN o.name, count(DISTINCT p), sum(r.ecContribution)`,
  },
];
