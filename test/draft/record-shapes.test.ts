import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Round 17 shapes (issue 22): a meeting's summary record (a heading with its acronym, decisions as
// list items, a report numbered in its series) and a blog post signed at its end.

const { draftOf } = articleDrafter('pg-draft-records-');

describe('records and signed posts', () => {
  it('a name introduced with a two-part acronym ("(NHR WG)") is an organisation', async () => {
    const seed = await draftOf(
      [
        'Nordic Health Registries Working Group (NHR WG)',
        'Minutes of the 3rd meeting',
        '',
        'Date: 4 May 2026. The NHR WG agreed its work plan.',
      ].join('\n'),
    );
    const group = seed.entities.find((e) => e.name === 'Nordic Health Registries Working Group');
    expect(group?.acronym).toBe('NHR WG');
  });

  it('decisions listed as sentences are no documents; "Report No. 4" keeps its number', async () => {
    const seed = await draftOf(
      [
        'Summary record',
        '',
        'Anna Berg presented the Registry Quality Report No. 4 to the group.',
        '',
        'Decisions',
        '- The Data Sharing Charter is endorsed.',
        '- The secretariat will circulate a revised Work Plan before July.',
        '- Registry Linkage Guidelines – draft report',
      ].join('\n'),
    );
    // (the charter is named, and found as a title; the sentence around it is not one)
    expect(seed.names('doc:').sort()).toEqual([
      'Data Sharing Charter',
      'Registry Linkage Guidelines – draft report',
      'Registry Quality Report No. 4',
    ]);
  });

  it('a post signed "— Name" on its last line names its author', async () => {
    const seed = await draftOf(
      [
        'What I took home from Tartu',
        '',
        'Three days of workshops on kidney twins left me with more questions than answers, and that is a good thing.',
        '',
        '— Liisa Kuusk',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Liisa Kuusk']);
  });

  it('"Org’s evaluation summary report" names a document; "its latest report" and a title that follows do not', async () => {
    const seed = await draftOf(
      [
        'Results published',
        '',
        'The European Health and Digital Executive Agency (HaDEA) closed the call in March. According to HaDEA’s evaluation summary report, 118 proposals were submitted. The agency says its latest report is due in June. EAHI’s policy brief Auditable Twins in Care was discussed too.',
      ].join('\n'),
    );
    expect(seed.names('doc:').sort()).toEqual([
      'Auditable Twins in Care',
      'Evaluation summary report',
    ]);
  });
});
