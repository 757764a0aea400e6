import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fromRoot } from '../../src/config/paths.js';
import { readArticle } from '../../src/draft/article.js';
import { draftArticle } from '../../src/draft/draft.js';
import { buildGazetteer } from '../../src/draft/gazetteer.js';
import { seedDir } from '../seed/seed-files.js';
import { articleDrafter } from './draft-of.js';

// Round 15 shapes (issue 22): a speakers page's lines in varied formats — "Name – Title, Org",
// "Name (Org, City), Title", a known person with a middle initial — and a speech's thanks.

const { draftOf, role } = articleDrafter('pg-draft-speaker-lines-');

describe('speaker lines', () => {
  it('"Name – Title, Org" is a person with a role; a city in brackets is no organisation', async () => {
    const seed = await draftOf(
      [
        'Forum 2026 – Speakers',
        '',
        'Ioana Mărgărit – Policy Officer, Directorate-General for Research and Innovation',
        '',
        'Theresa Gruber (MedTwin Solutions GmbH, Vienna), Chief Executive Officer',
        '',
        'Prof. Agnieszka K. Kowalczyk – Charles University',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Ioana Mărgărit', 'Theresa Gruber']);
    expect(seed.names('org:')).not.toContain('Vienna');
    expect(role(seed, 'person:theresa-gruber', 'org:medtwin-solutions-gmbh')).toBeDefined();
    // a known person, written with a middle initial, and their known university
    expect(role(seed, 'person:agnieszka-kowalczyk', 'org:charles-university')).toBeDefined();
  });

  it('"X, CEO of Twinova, and our colleagues from Y" gives X no role at Y', async () => {
    const seed = await draftOf(
      [
        'Speech',
        '',
        'I welcome Mr Pieter Claes, Chief Executive Officer of the Ghent start-up Twinova, and our colleagues from Charles University.',
      ].join('\n'),
    );
    expect(role(seed, 'person:pieter-claes', 'org:twinova')).toBeDefined();
    expect(role(seed, 'person:pieter-claes', 'org:charles-university')).toBeUndefined();
  });

  it('"Director-General for Health and Food Safety at the European Commission" heads that DG', async () => {
    const files = seedDir('pg-draft-dg-');
    const path = files.write(
      'speech.txt',
      'Speech\n\nFirst to Sandra Gallina, Director-General for Health and Food Safety at the European Commission, who travelled from Brussels.\n',
    );
    const gazetteer = buildGazetteer([
      { id: 'person:sandra-gallina', label: 'Person', name: 'Sandra Gallina', aliases: [] },
      {
        id: 'org:european-commission',
        label: 'Organisation',
        name: 'European Commission',
        aliases: [],
      },
      {
        id: 'org:dg-sante',
        label: 'Organisation',
        name: 'Directorate-General for Health and Food Safety',
        aliases: ['DG SANTE'],
      },
    ]);
    const out = `${files.dir}/draft.yaml`;
    const draft = await draftArticle(
      readArticle(path),
      {},
      { gazetteer, against: 'test', outPath: out, schemaFile: fromRoot('seed', 'schema.json') },
    );
    writeFileSync(out, draft.yaml);
    files.remove();
    const rels = (
      parse(draft.yaml) as {
        relationships: { from: string; type: string; to: string; title?: string }[];
      }
    ).relationships;
    expect(rels.filter((r) => r.type === 'HOLDS_ROLE')).toEqual([
      expect.objectContaining({
        from: 'person:sandra-gallina',
        to: 'org:dg-sante',
        title: 'Director-General for Health and Food Safety',
      }),
    ]);
    expect(rels).toContainEqual(
      expect.objectContaining({
        from: 'org:dg-sante',
        type: 'PART_OF',
        to: 'org:european-commission',
      }),
    );
  });

  it('"coordinated by Charles University, where Professor X will serve as project coordinator" is X’s role there', async () => {
    const seed = await draftOf(
      [
        'Grant signed',
        '',
        'The consortium is coordinated by Charles University, where Professor Jan Dvořák will serve as project coordinator.',
      ].join('\n'),
    );
    expect(role(seed, 'person:jan-dvorak', 'org:charles-university')).toMatchObject({
      title: 'project coordinator',
    });
  });

  it('"As Professor Kowalczyk reminded us, “…”" is the known person named before with another spelling', async () => {
    const seed = await draftOf(
      [
        'Speech',
        '',
        'My thanks go to Professor Agnieska Kowalczyk, Rector of Charles University.',
        '',
        'I am glad to see Dr Jan Novak, Dean of the Faculty of Medicine of Charles University, in the room.',
        '',
        'As Professor Kowalczyk reminded us this morning, "a twin is only as good as its data". That is why it matters.',
      ].join('\n'),
    );
    const made = seed.relationships.find((r) => r.type === 'MADE_BY');
    expect(made?.to).toBe('person:agnieszka-kowalczyk');
  });
});
