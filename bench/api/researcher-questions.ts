/**
 * Researcher questions for bench/api/researcher-bench.ts, written the natural way; the counts and
 * rankings also as hand-written Cypher returning the same answer.
 */
export interface ResearcherQuestion {
  readonly title: string;
  readonly graphql: string;
  readonly cypher?: string;
  readonly params?: Record<string, unknown>;
}

/** Meetings of the register: an official attended or an organisation met (as the API counts). */
const REGISTER = `EXISTS { (e)<-[:ATTENDED|MET_AT]-() }`;

const HEALTH_2022 = `MATCH (e:Event {kind: 'MEETING'})
WHERE e.date >= date('2022-01-01') AND e.date <= date('2022-12-31') AND toLower(e.subject) CONTAINS 'health'
  AND ${REGISTER}`;

export const RESEARCHER_QUESTIONS: ResearcherQuestion[] = [
  {
    title: 'top 10 organisations met about health in 2022',
    graphql: `{ meetingCounts(subject: "health", from: "2022-01-01", to: "2022-12-31", groupBy: ORGANISATION) {
      total groups { key name meetings } } }`,
    cypher: `${HEALTH_2022}
WITH collect(e) AS meetings
UNWIND meetings AS e
MATCH (o:Organisation)-[:MET_AT]->(e)
WITH size(meetings) AS total, o, count(DISTINCT e) AS n
ORDER BY n DESC, o.id LIMIT 10
RETURN total, collect({key: o.id, name: o.name, meetings: n}) AS groups`,
  },
  {
    title: 'meetings per year (all)',
    graphql:
      '{ meetingCounts(groupBy: YEAR, order: KEY, limit: 50) { total groups { key meetings } } }',
    cypher: `MATCH (e:Event {kind: 'MEETING'}) WHERE ${REGISTER}
WITH e.date.year AS year, count(e) AS n ORDER BY year
RETURN collect({key: toString(year), meetings: n}) AS groups`,
  },
  {
    title: 'officials BUSINESSEUROPE met most',
    graphql: `{ meetingCounts(organisation: "org:businesseurope", groupBy: OFFICIAL, limit: 5) {
      total groups { name meetings } } }`,
    cypher: `MATCH (:Organisation {id: 'org:businesseurope'})-[:MET_AT]->(e:Event)<-[:ATTENDED]-(p:Person)
WITH p, count(DISTINCT e) AS n ORDER BY n DESC, p.id LIMIT 5
RETURN collect({name: p.name, meetings: n}) AS groups`,
  },
  {
    title: 'organisations that met about the EHDS',
    graphql: `{ meetingCounts(initiative: "initiative:ehds", groupBy: ORGANISATION, limit: 100) {
      total groups { key meetings } } }`,
    cypher: `MATCH (o:Organisation)-[:MET_AT]->(e:Event {kind: 'MEETING'})-[:ABOUT]->(:Initiative {id: 'initiative:ehds'})
WITH o, count(DISTINCT e) AS n ORDER BY n DESC, o.id LIMIT 100
RETURN collect({key: o.id, meetings: n}) AS groups`,
  },
  {
    title: 'meetings about "health data", newest 50',
    graphql: '{ meetings(subject: "health data") { id date subject } }',
    cypher: `MATCH (e:Event {kind: 'MEETING'}) WHERE toLower(e.subject) CONTAINS 'health data' AND ${REGISTER}
RETURN e.id AS id, e.date AS date, e.subject AS subject ORDER BY e.date DESC, e.id LIMIT 50`,
  },
  {
    title: 'Siemens AG: meetings with officials (by name)',
    graphql: `{ organisations(where: { name: { eq: "Siemens AG" } }) { meetings { date subject officials { name } } } }`,
  },
  {
    title: 'everything about the EHDS (by acronym)',
    graphql: `{ initiatives(where: { acronym: { eq: "EHDS" } }) { name aliases
      statements { text madeBy { name } sources { title url } } events { name date } documents { title } } }`,
  },
  {
    title: 'who links DG CONNECT and EBRAINS (10 paths)',
    graphql:
      '{ connections(from: "org:dg-connect", to: "org:ebrains") { paths { nodes types } truncated } }',
  },
];
