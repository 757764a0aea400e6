import type { KnownEntity } from '../../src/draft/gazetteer.js';
/** A short article written for the tests (not in seed/): known names, a typo, new people, quotes. */
export const ARTICLE = `source: Example News "Open science meets regulators in Lyon"
publisher: Example News
url: https://example.org/news/open-science-lyon
---
Open science meets regulators in Lyon
On 12 March 2026, the Agence Exemple hosted a workshop in Lyon to discuss the Open Twin Initiative.
In her opening remarks, Agnieszka Kowalcyzk, Director of Research at Agence Exemple, said the platform “will change how regulators and researchers work together”.
Professor Karel Novak from Charles University highlighted how shared models can speed up trials. Dr Ines Ferreira (Instituto Exemplar) added that “open data is the foundation of every twin we build”.
`;

/** What the graph (or the seed folder) knows before the article: a seed file declaring it. */
export const KNOWN = `source:
  id: doc:known-before
  name: What was known before
  kind: ARTICLE
  url: https://example.org/known
  sha256: '${'b'.repeat(64)}'
entities:
  - id: person:agnieszka-kowalczyk
    name: Agnieszka Kowalczyk
  - id: org:agence-exemple
    name: Agence Exemple
    acronym: AEX
    kind: AGENCY
  - id: org:charles-university
    name: Charles University
    kind: UNIVERSITY
  - id: initiative:open-twin
    name: Open Twin Initiative
    acronym: OTI
    kind: INITIATIVE
  - id: event:2025-01-01-old-meeting
    name: An old meeting
    date: 2025-01-01
    city: Lyon
    country: France
`;

export const KNOWN_ENTITIES: KnownEntity[] = [
  { id: 'person:agnieszka-kowalczyk', label: 'Person', name: 'Agnieszka Kowalczyk', aliases: [] },
  {
    id: 'org:agence-exemple',
    label: 'Organisation',
    name: 'Agence Exemple',
    aliases: [],
    acronym: 'AEX',
  },
  { id: 'org:charles-university', label: 'Organisation', name: 'Charles University', aliases: [] },
  {
    id: 'initiative:open-twin',
    label: 'Initiative',
    name: 'Open Twin Initiative',
    aliases: [],
    acronym: 'OTI',
  },
];
