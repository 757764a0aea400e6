import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkSeedFiles } from '../../src/app/check-seed-files.js';
import { fromRoot } from '../../src/config/paths.js';
import { readArticle } from '../../src/draft/article.js';
import { draftArticle } from '../../src/draft/draft.js';
import { buildGazetteer } from '../../src/draft/gazetteer.js';
import { seedDir } from '../seed/seed-files.js';
import { KNOWN, KNOWN_ENTITIES } from './article-fixture.js';

/** A press release of the shape issue 22 names: dateline, "today", "Full Name (ACR)", a manifesto. */
const RELEASE = `Ghent, 4 June 2026. The Flemish Centre for Digital Medicine (FCDM) today launched the European Twin Readiness Manifesto at its headquarters in Ghent.
"Twins must reach patients within five years," said Pieter Claes, Director of Research at Agence Exemple.
Sofia Marin, professor and director of the Cardiac Modelling Lab at FCDM, presented the manifesto, which more than 76 organisations have signed.
The manifesto calls for €100 million in joint funding.
`;

interface Row extends Record<string, unknown> {
  id?: string;
}
interface Seed {
  source: Row;
  entities: Row[];
  relationships: Row[];
}

const files = seedDir('pg-draft-any-');
let seed: Seed;
let yaml: string;
let draftPath: string;
const entity = (prefix: string) => seed.entities.filter((e) => String(e.id).startsWith(prefix));
const rel = (from: string | undefined, type: string, to?: string) =>
  seed.relationships.find((r) => r.from === from && r.type === type && (!to || r.to === to));

beforeAll(async () => {
  files.write('known.yaml', KNOWN);
  const article = readArticle(files.write('release.txt', RELEASE));
  const draft = await draftArticle(
    article,
    {},
    {
      gazetteer: buildGazetteer(KNOWN_ENTITIES),
      against: 'a test gazetteer',
      outPath: join(files.dir, 'draft.yaml'),
      schemaFile: fromRoot('seed', 'schema.json'),
    },
  );
  yaml = draft.yaml;
  draftPath = files.write('draft.yaml', yaml);
  seed = parse(yaml) as Seed;
});
afterAll(() => files.remove());

describe('draft on a press release it was not built on', () => {
  it('validates without a url; what is missing is a check comment, not an error', () => {
    expect(seed.source.url).toBeUndefined();
    expect(yaml).toMatch(/# check: the source has no url/);
    const { issues } = checkSeedFiles([draftPath], { seedDir: files.dir });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('reads the dateline: "today" is its day, the event is in its city, a launch', () => {
    const [event] = entity('event:');
    expect(event).toMatchObject({ date: '2026-06-04', city: 'Ghent', kind: 'LAUNCH' });
    expect(event!.name).toBe('Launch of the European Twin Readiness Manifesto');
    expect(seed.source.published).toBe('2026-06-04');
  });

  it('proposes the organisation introduced as "Full Name (ACR)" and finds it by its acronym', () => {
    const fcdm = seed.entities.find((e) => e.acronym === 'FCDM');
    expect(fcdm).toMatchObject({
      name: 'Flemish Centre for Digital Medicine',
      kind: 'RESEARCH_INFRASTRUCTURE',
    });
    expect(rel('person:sofia-marin', 'HOLDS_ROLE', fcdm!.id)).toMatchObject({
      title: 'professor and director of the Cardiac Modelling Lab',
    });
    expect(entity('org:').map((e) => e.name)).not.toContain('Cardiac Modelling Lab');
    expect(rel(entity('event:')[0]!.id, 'HOSTED_BY', fcdm!.id)).toBeDefined();
  });

  it('proposes the named document with its kind, where it was presented, who produced it, its figures', () => {
    const [doc] = entity('doc:').filter((d) => d.id !== seed.source.id);
    expect(doc).toMatchObject({ name: 'European Twin Readiness Manifesto', kind: 'MANIFESTO' });
    expect(doc!.quantities).toEqual([
      { counts: 'organisations', value: 76, qualifier: 'more than' },
      { counts: 'euros in joint funding', value: 100_000_000 },
    ]);
    expect(rel(doc!.id, 'PRESENTED_AT', entity('event:')[0]!.id)).toBeDefined();
    expect(rel(doc!.id, 'PRODUCED_BY')?.to).toBe(
      seed.entities.find((e) => e.acronym === 'FCDM')!.id,
    );
  });

  it('refers to a known organisation by id and quotes without a trailing comma', () => {
    expect(rel('person:pieter-claes', 'HOLDS_ROLE', 'org:agence-exemple')).toMatchObject({
      title: 'Director of Research',
    });
    const [statement] = entity('statement:');
    expect(statement!.text).toBe('Twins must reach patients within five years');
  });
});

describe('names the graph knows from its datasets', () => {
  it('finds a registered organisation written without its legal form, by id with the spelling', async () => {
    const registered = {
      id: 'org:siemens-healthineers-ag',
      label: 'Organisation' as const,
      name: 'SIEMENS HEALTHINEERS AG',
      aliases: [],
    };
    const article = readArticle(
      files.write(
        'brief.txt',
        'Anna Weber, Head of Research at Siemens Healthineers, said the pilot works.\n',
      ),
    );
    const draft = await draftArticle(
      article,
      {},
      {
        gazetteer: buildGazetteer([...KNOWN_ENTITIES, registered]),
        against: 'a test gazetteer',
        outPath: join(files.dir, 'brief.yaml'),
        schemaFile: fromRoot('seed', 'schema.json'),
      },
    );
    const parsed = parse(draft.yaml) as Seed & { mentions?: Row[] };
    expect(parsed.mentions).toContainEqual({
      ref: registered.id,
      asWritten: 'Siemens Healthineers',
    });
    expect(parsed.entities.map((e) => e.name)).not.toContain('Siemens Healthineers');
    const role = parsed.relationships.find(
      (r) => r.from === 'person:anna-weber' && r.type === 'HOLDS_ROLE',
    );
    expect(role).toMatchObject({ to: registered.id, title: 'Head of Research' });
  });
});
