import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkSeedFiles } from '../../src/app/check-seed-files.js';
import { fromRoot } from '../../src/config/paths.js';
import { readArticle } from '../../src/draft/article.js';
import { draftArticle, type Draft } from '../../src/draft/draft.js';
import { buildGazetteer, EMPTY_GAZETTEER } from '../../src/draft/gazetteer.js';
import { seedDir } from '../seed/seed-files.js';
import { ARTICLE, KNOWN, KNOWN_ENTITIES } from './article-fixture.js';

interface Seed {
  source: Record<string, unknown>;
  entities?: Record<string, unknown>[];
  relationships?: Record<string, unknown>[];
  mentions?: { ref: string; asWritten?: string }[];
}

const files = seedDir('pg-draft-');
const schemaFile = fromRoot('seed', 'schema.json');
let draft: Draft;
let seed: Seed;
let draftPath: string;

async function draftOf(
  text: string,
  gazetteer = buildGazetteer(KNOWN_ENTITIES, [{ city: 'Lyon' }]),
) {
  const article = readArticle(files.write('article.txt', text));
  const outPath = join(files.dir, 'draft.yaml');
  return draftArticle(article, {}, { gazetteer, against: 'a test gazetteer', outPath, schemaFile });
}

const rel = (from: string, type: string, to?: string) =>
  seed.relationships?.find((r) => r.from === from && r.type === type && (!to || r.to === to));
const newEntity = (name: string) => seed.entities?.find((e) => e.name === name);

beforeAll(async () => {
  files.write('known.yaml', KNOWN);
  draft = await draftOf(ARTICLE);
  draftPath = files.write('draft.yaml', draft.yaml);
  seed = parse(draft.yaml) as Seed;
});
afterAll(() => files.remove());

describe('policy-graph draft', () => {
  it('writes a seed file with the schema line that validate accepts', () => {
    expect(draft.yaml.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+schema\.json$/);
    expect(seed.source).toMatchObject({
      kind: 'ARTICLE',
      text: 'article.txt',
      publisher: 'Example News',
    });
    const { issues } = checkSeedFiles([draftPath], { seedDir: files.dir });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('refers to a known entity spelled with a typo by id, keeping the spelling (asWritten) and a check', () => {
    expect(seed.mentions).toContainEqual({
      ref: 'person:agnieszka-kowalczyk',
      asWritten: 'Agnieszka Kowalcyzk',
    });
    expect(rel('person:agnieszka-kowalczyk', 'HOLDS_ROLE', 'org:agence-exemple')).toMatchObject({
      title: 'Director of Research',
    });
    expect(draft.yaml).toMatch(/# check: "Agnieszka Kowalcyzk" read as Agnieszka Kowalczyk/);
    expect(newEntity('Agnieszka Kowalcyzk')).toBeUndefined();
  });

  it('proposes unknown people and organisations as new entities, each with a check comment', () => {
    const ines = newEntity('Ines Ferreira');
    const institute = newEntity('Instituto Exemplar');
    expect(ines?.id).toBe('person:ines-ferreira');
    expect(institute).toMatchObject({
      id: 'org:instituto-exemplar',
      kind: 'RESEARCH_INFRASTRUCTURE',
    });
    expect(draft.yaml).toMatch(/# check: new person[^\n]*\n\s+- id: person:ines-ferreira/);
    expect(rel('person:ines-ferreira', 'HOLDS_ROLE', 'org:instituto-exemplar')).toBeDefined();
    expect(rel('person:karel-novak', 'HOLDS_ROLE', 'org:charles-university')).toMatchObject({
      title: 'Professor',
      evidence: 'Professor Karel Novak from Charles University',
    });
  });

  it('attributes each quote to the speaker its sentence names', () => {
    const statements = (seed.entities ?? []).filter((e) => String(e.id).startsWith('statement:'));
    const byText = (t: string) => statements.find((s) => s.text === t)!;
    const ines = byText('open data is the foundation of every twin we build');
    const agnieszka = byText('will change how regulators and researchers work together');
    expect(ines).toMatchObject({ quoted: true, date: '2026-03-12' });
    expect(rel(String(ines.id), 'MADE_BY')?.to).toBe('person:ines-ferreira');
    expect(rel(String(agnieszka.id), 'MADE_BY')?.to).toBe('person:agnieszka-kowalczyk');
  });

  it('drafts the event: date, city, host, subject, speakers', () => {
    const event = (seed.entities ?? []).find((e) => String(e.id).startsWith('event:'))!;
    expect(event).toMatchObject({ date: '2026-03-12', city: 'Lyon', kind: 'WORKSHOP' });
    expect(rel(String(event.id), 'HOSTED_BY')?.to).toBe('org:agence-exemple');
    expect(rel(String(event.id), 'ABOUT')?.to).toBe('initiative:open-twin');
    const speakers = seed.relationships!.filter((r) => r.type === 'SPOKE_AT').map((r) => r.from);
    expect(speakers.sort()).toEqual([
      'person:agnieszka-kowalczyk',
      'person:ines-ferreira',
      'person:karel-novak',
    ]);
  });

  it('every relationship it proposes carries evidence copied from the text', () => {
    const body = ARTICLE.split('---\n')[1]!;
    for (const r of seed.relationships ?? []) {
      if (r.type === 'MADE_AT') continue;
      expect(body).toContain(String(r.evidence));
    }
  });

  it('without a graph it drafts from the text alone: every name is new', async () => {
    const alone = await draftOf(ARTICLE, EMPTY_GAZETTEER);
    const parsed = parse(alone.yaml) as Seed;
    expect(parsed.mentions ?? []).toEqual([]);
    expect(parsed.entities?.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        'Agnieszka Kowalcyzk',
        'Karel Novak',
        'Charles University',
        'Ines Ferreira',
      ]),
    );
  });

  it('refers to a curated file next to it with a sha256 when the text is outside its folder', async () => {
    const other = seedDir('pg-draft-out-');
    try {
      const article = readArticle(files.write('elsewhere.txt', ARTICLE));
      const d = await draftArticle(
        article,
        {},
        {
          gazetteer: EMPTY_GAZETTEER,
          against: 'none',
          outPath: join(other.dir, 'x.yaml'),
          schemaFile,
        },
      );
      expect((parse(d.yaml) as Seed).source.sha256).toMatch(/^[0-9a-f]{64}$/);
      writeFileSync(join(other.dir, 'x.yaml'), d.yaml);
      expect(
        checkSeedFiles([join(other.dir, 'x.yaml')], { seedDir: other.dir }).issues.filter(
          (i) => i.severity === 'error',
        ),
      ).toEqual([]);
    } finally {
      other.remove();
    }
  });
});
