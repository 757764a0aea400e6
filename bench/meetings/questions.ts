/**
 * The researcher questions of issue 12, as hand-written Cypher on the imported register; prints
 * each answer (README "Meetings with interest representatives"). Run: npx tsx bench/meetings/questions.ts
 */
import { loadConfig } from '../../src/config/config.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { resolveConnection } from '../../src/neo4j/resolve-connection.js';

export const QUESTIONS: { title: string; cypher: string; params: Record<string, unknown> }[] = [
  {
    title: 'Whom did a given Director-General (Sandra Gallina, DG SANTE) meet, and about what?',
    cypher: `MATCH (:Person {id: $dg})-[:ATTENDED]->(e:Event {kind: 'MEETING'})<-[:MET_AT]-(o:Organisation)
WITH e, collect(o.name) AS organisations
OPTIONAL MATCH (e)-[:ABOUT]->(x)
RETURN toString(e.date) AS date, organisations, e.subject AS subject, collect(x.name) AS about
ORDER BY date DESC LIMIT 5`,
    params: { dg: 'person:sandra-gallina' },
  },
  {
    title: 'Which organisations met the Commission about the EHDS, and whom did they meet?',
    cypher: `MATCH (e:Event {kind: 'MEETING'})-[:ABOUT]->(:Initiative {id: 'initiative:ehds'})
MATCH (o:Organisation)-[:MET_AT]->(e)<-[:ATTENDED]-(p:Person)
RETURN o.name AS organisation, count(DISTINCT e) AS meetings, collect(DISTINCT p.name) AS officials
ORDER BY meetings DESC, organisation LIMIT 8`,
    params: {},
  },
  {
    title: 'The organisations with the most meetings, per year',
    cypher: `MATCH (o:Organisation)-[:MET_AT]->(e:Event {kind: 'MEETING'})
WITH e.date.year AS year, o, count(DISTINCT e) AS meetings
ORDER BY year, meetings DESC, o.name
WITH year, collect(o.name + ' (' + meetings + ')')[0..3] AS top
RETURN year, top ORDER BY year`,
    params: {},
  },
  {
    title:
      'Organisations that met both a given Commissioner (Frans Timmermans) and a given Director-General (Kerstin Jorna)',
    cypher: `MATCH (:Person {id: $commissioner})-[:ATTENDED]->(:Event)<-[:MET_AT]-(o:Organisation)
WITH DISTINCT o
MATCH (o)-[:MET_AT]->(:Event)<-[:ATTENDED]-(:Person {id: $dg})
RETURN DISTINCT o.name AS organisation ORDER BY organisation LIMIT 10`,
    params: { commissioner: 'person:frans-timmermans', dg: 'person:kerstin-jorna' },
  },
  {
    title: "One company's meetings over time (Siemens AG)",
    cypher: `MATCH (o:Organisation {id: $org})-[:MET_AT]->(e:Event {kind: 'MEETING'})
RETURN e.date.year AS year, count(DISTINCT e) AS meetings ORDER BY year`,
    params: { org: 'org:siemens' },
  },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const connection = await resolveConnection(loadConfig(), () => {});
  const driver = createDriver(connection);
  try {
    for (const q of QUESTIONS) {
      const { records } = await driver.executeQuery(q.cypher, q.params, {
        database: connection.database,
      });
      console.log(`### ${q.title}\n\n\`\`\`cypher\n${q.cypher}\n\`\`\`\n`);
      console.log('```');
      for (const r of records)
        console.log(
          JSON.stringify(r.toObject(), (_k, v) =>
            typeof v === 'bigint'
              ? Number(v)
              : v?.low !== undefined && v?.high !== undefined
                ? v.low
                : v,
          ),
        );
      console.log('```\n');
    }
  } finally {
    await driver.close();
  }
}
