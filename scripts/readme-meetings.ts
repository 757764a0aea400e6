/**
 * Prints the README's meetings questions as GraphQL requests with their real answers, asked of a
 * running server (`npm start`): `npx tsx scripts/readme-meetings.ts [http://127.0.0.1:4000]`.
 * Lists are cut to four items ("… N more"); `extensions` (cost, notices) are left out.
 */
import { format } from 'prettier';

const QUESTIONS: [string, string][] = [
  [
    'Top 10 organisations that met the Commission about health in 2022, with how many meetings',
    '{ meetingCounts(subject: "health", from: "2022-01-01", to: "2022-12-31", groupBy: ORGANISATION) { total groupCount groups { name meetings first last } } }',
  ],
  [
    'Whom did a given Director-General (Sandra Gallina, DG SANTE) meet, and about what?',
    '{ meetings(official: "person:sandra-gallina", limit: 5) { date subject organisations { name } about { ... on Initiative { name } } } }',
  ],
  [
    'Which organisations met the Commission about the EHDS, and whom did they meet?',
    '{ meetingCounts(initiative: "initiative:ehds", groupBy: ORGANISATION, limit: 8) { total groupCount groups { key name meetings } } }',
  ],
  [
    'Meetings per year, and the organisations met most in one year (2023)',
    '{ perYear: meetingCounts(groupBy: YEAR, order: KEY, limit: 20) { total groups { key meetings } } top2023: meetingCounts(from: "2023-01-01", to: "2023-12-31", groupBy: ORGANISATION, limit: 3) { groups { name meetings } } }',
  ],
  [
    'Which officials did Siemens AG meet, how often, and when?',
    '{ organisations(where: { name: { eq: "Siemens AG" } }) { id meetingsConnection { totalCount } } meetingCounts(organisation: "org:siemens", groupBy: OFFICIAL) { total groups { name meetings first last } } }',
  ],
  [
    'Whom did BUSINESSEUROPE meet most, and who else meets those officials? (a weighted view, as the dashboard draws it)',
    '{ weightedNetwork(id: "org:businesseurope", by: MEETINGS, depth: 2, limit: 3) { total shown truncated secondTotal nodes { name ring weight } edges { source target count first last } } }',
  ],
  [
    'Meetings about "health data" (subject, ignoring case), and how many there are',
    '{ meetingCounts(subject: "health data") { total } meetings(subject: "health data", limit: 3) { date subject officials { name } organisations { name } } }',
  ],
];

const cut = (value: unknown): unknown => {
  if (Array.isArray(value)) {
    // Lists of names or ids stay whole; lists of objects are cut to four.
    if (!value.some((v) => v && typeof v === 'object')) return value;
    const head = value.slice(0, 4).map(cut);
    return value.length > 4 ? [...head, `… ${value.length - 4} more`] : head;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cut(v)]));
  }
  return value;
};

const base = process.argv[2] ?? 'http://127.0.0.1:4000';
for (const [title, query] of QUESTIONS) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (body.errors) throw new Error(`${title}: ${JSON.stringify(body.errors)}`);
  const graphql = await format(query, { parser: 'graphql', printWidth: 100 });
  const json = await format(JSON.stringify({ data: cut(body.data) }), { parser: 'json' });
  console.log(`#### ${title}\n\n\`\`\`graphql\n${graphql}\`\`\`\n\n\`\`\`json\n${json}\`\`\`\n`);
}
