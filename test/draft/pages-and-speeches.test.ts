import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Rounds 25–26 shapes (issue 22): a speech's salutations, a translated hospital release, an event
// recap, a publication's landing page.

const { draftOf } = articleDrafter('pg-draft-pages-speeches-');

describe('speeches and recaps', () => {
  it('salutations name known people by title and surname, one a line', async () => {
    const seed = await draftOf(
      [
        'Speech by Ana Horvat at the Twin Forum',
        '',
        'Dear Ms Kowalczyk,',
        'Dear guests,',
        '',
        'Thank you for coming.',
      ].join('\n'),
    );
    expect(seed.yaml).toMatch(/ref: person:agnieszka-kowalczyk|to: person:agnieszka-kowalczyk/);
  });

  it('people after "led by PhD candidate", "and Dr.", "reviewed by", "Moderation:"; a portfolio is no person', async () => {
    const seed = await draftOf(
      [
        'Hackathon recap',
        '',
        'The jury was chaired by Dr. Lea Novak, Group Leader for Cardiac Modelling at the Ljubljana Institute. First prize went to a team led by PhD candidate Marta Costa.',
        'Mentors included Jonas Weber and Dr. Sara Lind of the Lund Clinic. The report was reviewed by Oskar Berg.',
        'Moderation: Ida Holm, Agora.',
      ].join('\n'),
    );
    expect(seed.names('person:').sort()).toEqual(
      ['Ida Holm', 'Jonas Weber', 'Lea Novak', 'Marta Costa', 'Oskar Berg', 'Sara Lind'].sort(),
    );
  });
});

describe('a translated release and a publication page', () => {
  it('"PRESS RELEASE – Org (ACR)" names the publisher; a portfolio list before an acronym is one name', async () => {
    const seed = await draftOf(
      [
        'PRESS RELEASE – Universitätsklinikum Oberland (UKO)',
        '',
        'Rosenheim, 2 March 2026 – The Universitätsklinikum Oberland (UKO) starts a pilot. The Bavarian State Ministry of Science, Research and Arts (StMWK) funds it, with the Ministry of Health of the Republic of Austria.',
      ].join('\n'),
    );
    expect(seed.source.publisher).toBe('Universitätsklinikum Oberland');
    expect(seed.source.kind).toBe('PRESS_RELEASE');
    const orgs = seed.names('org:');
    expect(orgs).toEqual(
      expect.arrayContaining([
        'Universitätsklinikum Oberland',
        'Bavarian State Ministry of Science, Research and Arts',
        'Ministry of Health of the Republic of Austria',
      ]),
    );
    expect(orgs.some((o) => o.startsWith('PRESS'))).toBe(false);
  });

  it('breadcrumbs are no title; the numbered brief under the title is the titled brief', async () => {
    const seed = await draftOf(
      [
        'Nordic Health Institute › Publications › Reports',
        '',
        'Data for Twins: What Hospitals Need',
        '',
        'Report No. 4/2026 · Published 9 April 2026',
        '',
        'This report by Dr Eva Lund asks what hospitals need.',
      ].join('\n'),
    );
    expect(seed.source.name).toBe('Data for Twins: What Hospitals Need');
    const doc = seed.entities.find((e) => e.id.startsWith('doc:'));
    expect(doc).toMatchObject({
      name: 'Data for Twins: What Hospitals Need',
      aliases: ['Report No. 4/2026'],
    });
  });
});

describe('fields under the title', () => {
  it('"Date: 21-22 April 2026" (a meeting’s days) is no page date and stops nothing; one day is', async () => {
    const minutes = await draftOf(
      [
        'RENALTWIN - Public summary of the 2nd General Assembly',
        '',
        'Date: 21-22 April 2026',
        'Host: Hospital Clínic de Barcelona',
        '',
        'The assembly, chaired by Dr Ona Puig, approved deliverable D2.1.',
      ].join('\n'),
    );
    expect(minutes.source.published).toBeUndefined();
    expect(minutes.names('person:')).toContain('Ona Puig');
    const page = await draftOf(
      ['Twin news', '', 'Date: 4 March 2026', '', 'Dr Ona Puig opened the clinic.'].join('\n'),
    );
    expect(page.source.published).toBe('2026-03-04');
  });
});
