import { describe, expect, it } from 'vitest';
import type { KnownEntity } from '../../src/draft/gazetteer.js';
import { articleDrafter, events, knownSeedOf } from './draft-of.js';

// A Council presidency's programme and a correction notice (working rounds 98–99, issue 22):
// meetings named by who meets, titles that name their body, a page's "Adopted" date, country
// codes in brackets, a corrected release's quoted headline.

const DG: KnownEntity[] = [
  {
    id: 'org:dg-sante',
    label: 'Organisation',
    name: 'Directorate-General for Health and Food Safety',
    aliases: [],
    acronym: 'DG SANTE',
  },
];
const { draftOf, role } = articleDrafter('pg-draft-presidency-', DG, knownSeedOf(DG));

const PROGRAMME = [
  'PROGRAMME OF THE PRESIDENCY',
  'Adopted 5 March 2026',
  '',
  'Work will be steered by the Ministry of Health of the Republic of Lithuania, led by Minister of Health Rūta Vaitkevičienė.',
  '',
  '• 3–4 April 2026, Druskininkai – informal meeting of Chief Medical Officers. Sandra Gallina, Director-General for Health and Food Safety, will address participants.',
  '• 15–16 April 2026, Vilnius – the Presidency will host the informal meeting of health ministers.',
  '',
  'The Informal Meeting of Health Ministers will adopt a declaration.',
].join('\n');

describe('a presidency programme', () => {
  it('names meetings by who meets, and no "Health Ministers" organisation', async () => {
    const seed = await draftOf(PROGRAMME);
    const names = events(seed).map((e) => e.name);
    expect(names).toContain('Informal meeting of Chief Medical Officers');
    expect(names).toContain('Informal meeting of health ministers');
    expect(seed.names('org:')).not.toContain('Health Ministers');
  });

  it('gives "led by Minister of Health X" the ministry, and a Director-General her DG', async () => {
    const seed = await draftOf(PROGRAMME);
    const minister = role(
      seed,
      'person:ruta-vaitkeviciene',
      'org:ministry-of-health-of-the-republic-of-lithuania',
    );
    expect(minister?.title).toBe('Minister of Health');
    expect(role(seed, 'person:sandra-gallina', 'org:dg-sante')).toBeDefined();
  });

  it('reads "Adopted 5 March 2026" as the page’s date', async () => {
    const seed = await draftOf(PROGRAMME);
    expect(seed.source.published).toBe('2026-03-05');
  });
});

describe('a correction notice', () => {
  it('reads the corrected release’s quoted headline and a partner list’s country codes', async () => {
    const seed = await draftOf(
      [
        'CORRECTION | 5 March 2026',
        '',
        'Correction to our press release of Tuesday 3 March 2026, "EU backs TwinRare: €12.4 million for twins of children"',
        '',
        'GHENT, 3 March 2026 – Its kick-off meeting, hosted by Charles University on 26 and 27 February at Het Pand, the university’s conference centre, brought together 60 researchers, said Dr Ana Costa.',
        '',
        'The consortium',
        'Charles University (CZ) · Instituto de Pediatria Molecular do Porto (PT) · Agence Exemple (FR)',
      ].join('\n'),
    );
    const release = seed.entities.find(
      (e) => e.kind === 'PRESS_RELEASE' && e.id !== seed.source.id,
    );
    expect(release?.name).toBe('EU backs TwinRare: €12.4 million for twins of children');
    expect(seed.names('org:')).toContain('Instituto de Pediatria Molecular do Porto');
    expect(events(seed)[0]?.kind).toBe('MEETING');
  });
});

describe('a unit’s quoted name', () => {
  it('is no document: ‘Head of Unit "AI in Health & Life Sciences"’, ‘the "…" unit’', async () => {
    const seed = await draftOf(
      [
        'Brussels, 3 March 2026.',
        '',
        'Opening keynote: Dr Ana Costa, Head of Unit "AI in Health & Life Sciences", Charles University.',
        'Dr Jan Berg, who heads the "Data and Evidence for Health Policy" unit at Agence Exemple, closed the report session.',
      ].join('\n'),
    );
    expect(seed.names('doc:')).toEqual([]);
  });
});
