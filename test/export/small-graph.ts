import neo4j, { type Driver } from 'neo4j-driver';

/** Text that breaks naive XML and CSV writers: quotes, <, &, commas, newlines, non-ASCII. */
export const hostileEvidence =
  'She said "AI, <health> & twins" —\nDassault Systèmes, 100% «digital»';

const day = (iso: string) => neo4j.types.Date.fromStandardDate(new Date(`${iso}T12:00:00Z`));
const doc = 'doc:vht-event-report';
const src = { sources: [doc] };

const nodes: { labels: string[]; props: Record<string, unknown> }[] = [
  {
    labels: ['Person'],
    props: { id: 'person:henna-virkkunen', name: 'Henna Virkkunen', aliases: ['Henna Virkunnen'] },
  },
  { labels: ['Person'], props: { id: 'person:lucilla-sioli', name: 'Lucilla Sioli', aliases: [] } },
  {
    labels: ['Organisation'],
    props: {
      id: 'org:european-commission',
      name: 'European Commission',
      kind: 'INSTITUTION',
      aliases: [],
    },
  },
  {
    labels: ['Organisation'],
    props: {
      id: 'org:european-parliament',
      name: 'European Parliament',
      kind: 'INSTITUTION',
      aliases: [],
    },
  },
  {
    labels: ['Organisation'],
    props: {
      id: 'org:dg-connect',
      name: 'DG CONNECT',
      acronym: 'CNECT',
      kind: 'DIRECTORATE_GENERAL',
      aliases: [],
    },
  },
  {
    labels: ['Organisation'],
    props: {
      id: 'org:dassault-systemes',
      name: 'Dassault Systèmes',
      kind: 'COMPANY',
      aliases: ['Dassault Systemes'],
    },
  },
  {
    labels: ['Initiative'],
    props: {
      id: 'initiative:vht',
      name: 'Virtual Human Twins Initiative',
      acronym: 'VHT',
      kind: 'INITIATIVE',
      launched: day('2023-12-14'),
      budgetEur: 24_000_000.5,
      aliases: [],
    },
  },
  {
    labels: ['Initiative'],
    props: {
      id: 'initiative:ehds',
      name: 'European Health Data Space',
      acronym: 'EHDS',
      kind: 'REGULATION',
      aliases: [],
    },
  },
  {
    labels: ['Project'],
    props: {
      id: 'project:edith',
      name: 'EDITH',
      acronym: 'EDITH',
      fundingEur: 3_000_000,
      aliases: [],
    },
  },
  {
    labels: ['Event'],
    props: {
      id: 'event:2025-10-21-vht-high-level-event',
      name: 'VHT high-level event',
      date: day('2025-10-21'),
      city: 'Brussels',
      aliases: [],
    },
  },
  {
    labels: ['Document'],
    props: {
      id: doc,
      name: 'VHT event report, "<draft>" & notes',
      title: 'VHT event report, "<draft>" & notes',
      kind: 'REPORT',
      url: 'https://example.eu/report?a=1&b=2',
      aliases: [],
    },
  },
  {
    labels: ['Statement'],
    props: {
      id: 'statement:sioli-vht',
      name: 'Lucilla Sioli on VHT, 2025-10-21',
      text: hostileEvidence,
      quoted: true,
      date: day('2025-10-21'),
      aliases: [],
    },
  },
];

const rels: { from: string; type: string; to: string; props: Record<string, unknown> }[] = [
  {
    from: 'person:henna-virkkunen',
    type: 'HOLDS_ROLE',
    to: 'org:european-commission',
    props: {
      ...src,
      title: 'Executive Vice-President',
      since: day('2024-12-01'),
      evidence: hostileEvidence,
    },
  },
  {
    from: 'person:henna-virkkunen',
    type: 'HOLDS_ROLE',
    to: 'org:european-parliament',
    props: {
      ...src,
      title: 'Member of the European Parliament',
      since: day('2019-07-02'),
      until: day('2024-11-30'),
    },
  },
  {
    from: 'person:lucilla-sioli',
    type: 'HOLDS_ROLE',
    to: 'org:dg-connect',
    props: { ...src, title: 'Director "AI & Digital Industry"', since: day('2023-01-01') },
  },
  { from: 'org:dg-connect', type: 'PART_OF', to: 'org:european-commission', props: src },
  {
    from: 'event:2025-10-21-vht-high-level-event',
    type: 'HOSTED_BY',
    to: 'org:dg-connect',
    props: src,
  },
  {
    from: 'event:2025-10-21-vht-high-level-event',
    type: 'ABOUT',
    to: 'initiative:vht',
    props: src,
  },
  {
    from: 'person:henna-virkkunen',
    type: 'SPOKE_AT',
    to: 'event:2025-10-21-vht-high-level-event',
    props: { ...src, capacity: 'opening remarks' },
  },
  { from: 'statement:sioli-vht', type: 'MADE_BY', to: 'person:lucilla-sioli', props: src },
  {
    from: 'statement:sioli-vht',
    type: 'MADE_AT',
    to: 'event:2025-10-21-vht-high-level-event',
    props: src,
  },
  {
    from: 'statement:sioli-vht',
    type: 'ABOUT',
    to: 'initiative:vht',
    props: { ...src, evidence: hostileEvidence },
  },
  {
    from: 'project:edith',
    type: 'CONTRIBUTES_TO',
    to: 'initiative:vht',
    props: { sources: [doc, 'doc:edith-roadmap'] },
  },
  { from: 'org:dassault-systemes', type: 'PARTICIPATES_IN', to: 'project:edith', props: src },
  { from: 'initiative:vht', type: 'RELATES_TO', to: 'initiative:ehds', props: src },
  {
    from: 'person:henna-virkkunen',
    type: 'MENTIONED_IN',
    to: doc,
    props: { ...src, asWritten: 'Henna Virkunnen', quote: 'EVP Virkunnen opened, "warmly"' },
  },
];

export const smallGraphCounts = { nodes: nodes.length, edges: rels.length };

/** Writes the small test graph (per docs/data-model.md) with parameterised Cypher and APOC. */
export async function createSmallGraph(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery(
    `UNWIND $nodes AS n CALL apoc.create.node(n.labels + 'Entity', n.props) YIELD node RETURN count(node)`,
    { nodes },
    { database },
  );
  await driver.executeQuery(
    `UNWIND $rels AS r
     MATCH (a:Entity {id: r.from}), (b:Entity {id: r.to})
     CALL apoc.create.relationship(a, r.type, r.props, b) YIELD rel RETURN count(rel)`,
    { rels },
    { database },
  );
}
