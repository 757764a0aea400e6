import { describe, expect, it } from 'vitest';
import { DraftBuilder } from '../../src/draft/draft-builder.js';
import { buildGazetteer } from '../../src/draft/gazetteer.js';
import { findMentions } from '../../src/draft/mentions.js';
import { tokenize } from '../../src/draft/tokens.js';
import { articleDrafter, events } from './draft-of.js';

// Round 14 shapes (issue 22): a policy page's unit "headed by" its head, a known topic's words
// inside an organisation's name, a long name in small letters before its acronym, a related
// document listed with its kind after a dash, a role that starts on a date.

const { draftOf, role } = articleDrafter('pg-draft-policy-page-');

describe('policy page shapes', () => {
  it('a unit "headed by" X gives a Head of Unit; "Within the Commission" is no organisation', async () => {
    const seed = await draftOf(
      [
        'Who is responsible',
        '',
        'Within the Commission, day-to-day work is carried out by Unit D.2 "Data Access Services", headed by Kristina Lindqvist-Berg.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(['Data Access Services']);
    expect(role(seed, 'person:kristina-lindqvist-berg', 'org:data-access-services')).toMatchObject({
      title: 'Head of Unit',
    });
  });

  it('names holding a known topic’s words, and a name in small letters with a shorter acronym', async () => {
    const seed = await draftOf(
      [
        'Regulators',
        '',
        'Dr Henrik Nielsen of the Danish Digital Twins Authority spoke first. Élodie Marchand, head of innovation at France’s Agence nationale de sécurité du médicament et des produits de santé (ANSM), spoke next.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining([
        'Danish Digital Twins Authority',
        'Agence nationale de sécurité du médicament et des produits de santé',
      ]),
    );
    expect(role(seed, 'person:henrik-nielsen', 'org:danish-digital-twins-authority')).toEqual(
      expect.not.objectContaining({ title: 'Dr' }),
    );
  });

  it('"– final report" stays in a listed document’s title; "elected … as its chair from 1 February" is no event', async () => {
    const seed = await draftOf(
      [
        'source: Network news',
        'date: 2026-02-20',
        '---',
        'The General Assembly has elected Dr Anna Brückner as its chair from 1 February 2026.',
        '',
        'Related documents',
        '',
        '- Mapping twin registries in the EU – final report (2025)',
      ].join('\n'),
    );
    expect(events(seed)).toEqual([]);
    expect(seed.names('doc:')).toEqual(['Mapping twin registries in the EU – final report']);
  });

  it('a known topic’s words inside an organisation’s name are the organisation’s', () => {
    const gaz = buildGazetteer([
      { id: 'topic:health-data', label: 'Topic', name: 'Health Data', aliases: [] },
    ]);
    const text =
      'Dr Henrik Nielsen of the Danish Health Data Authority spoke. Health Data matters.';
    const mentions = findMentions(
      text,
      tokenize(text),
      gaz,
      new DraftBuilder(new Set()),
      'patterns',
    );
    expect(mentions.all.map((m) => [m.entity.label, text.slice(m.start, m.end)])).toEqual([
      ['Person', 'Henrik Nielsen'],
      ['Organisation', 'Danish Health Data Authority'],
      ['Topic', 'Health Data'],
    ]);
  });
});
