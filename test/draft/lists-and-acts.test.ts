import { describe, expect, it } from 'vitest';
import { articleDrafter, events, namesOf } from './draft-of.js';

// Working rounds 85–87 (issue 22): a diary's dated lines, a newsletter's webinar heading in
// capitals, an agency page's legal basis (acts cited by number, an en-dash list with a file's
// bracket mid-line), report titles with a subtitle after a colon or a question mark.

const { draftOf } = articleDrafter('pg-draft-lists-acts-');

describe('lists and acts', () => {
  it('gives each diary line its own event and day', async () => {
    const seed = await draftOf(
      "Members' Update · Issue 41 · May 2026\n\nDATES FOR YOUR DIARY\n- 17 June – CTHD General Assembly, Brussels (members only)\n- 30 September–1 October – EHDS Implementation Forum, Copenhagen, organised by Agence Exemple\n\nThe data are ready, said Dr Ana Costa.",
    );
    expect(events(seed).map((e) => [e.name, e.date])).toEqual(
      expect.arrayContaining([
        ['CTHD General Assembly', '2026-06-17'],
        ['EHDS Implementation Forum', '2026-09-30'],
      ]),
    );
  });

  it('names a webinar by the title its heading in capitals gives it', async () => {
    const seed = await draftOf(
      "Members' Update · May 2026\n\n2. WEBINAR – SECONDARY USE UNDER THE EHDS: ARE HEALTH DATA ACCESS BODIES READY?\nThursday 11 June 2026, 14:00–15:30 CEST · Online (Zoom) · Free for members\n\nThe data are ready, said Dr Ana Costa.",
    );
    expect(events(seed).map((e) => [e.name, e.date])).toEqual([
      ['Secondary Use Under the EHDS: Are Health Data Access Bodies Ready?', '2026-06-11'],
    ]);
  });

  it('reads acts cited by number, one act however often cited, and an en-dash list', async () => {
    const seed = await draftOf(
      'Legal basis\n\n22 April 2025 – The Government designates the Centre as the HDAB (Resolution No. 318).\n– Act No. 412/2025 Coll., on the Secondary Use of Health Data (Health Data Act)\n– Government Resolution No. 318 of 22 April 2025 on the designation of the health data access body\n– Implementation Roadmap for the European Health Data Space in the Czech Republic 2025–2031 (PDF, 2.1 MB). The roadmap sets out 37 measures.\n\nThe data are ready, said Dr Ana Costa.',
    );
    expect(namesOf(seed, 'doc:').sort()).toEqual([
      'Act No. 412/2025 Coll., on the Secondary Use of Health Data',
      'Government Resolution No. 318 of 22 April 2025 on the designation of the health data access body',
      'Implementation Roadmap for the European Health Data Space in the Czech Republic 2025–2031',
    ]);
    expect(namesOf(seed, 'org:')).toEqual([]);
  });

  it("takes a report's subtitle after a colon, and a title with a question in it", async () => {
    const seed = await draftOf(
      'In December, the agency published its report Digital Twins in the Portuguese NHS: A Readiness Assessment. The report, Ready or Not? Hospitals and the Secondary Use of Health Data, draws on 312 replies, said Dr Ana Costa. The report Twin Futures: Commission officials said no.',
    );
    expect(namesOf(seed, 'doc:').sort()).toEqual([
      'Digital Twins in the Portuguese NHS: A Readiness Assessment',
      'Ready or Not? Hospitals and the Secondary Use of Health Data',
      'Twin Futures',
    ]);
  });

  it('takes no list item with a quoted title as a title of its own, nor a dash over a line', async () => {
    const seed = await draftOf(
      'Reading list\n– Lexmed Partners, white paper "Synthetic Controls and the EU Regulator" (Nov. 2025)\n—\nProcedure: Commission statement – Implementation of the European Health Data Space\n\nThe data are ready, said Dr Ana Costa.',
    );
    expect(namesOf(seed, 'doc:')).toEqual(['Synthetic Controls and the EU Regulator']);
  });

  it('reads a publications list with dates before the file type, a genre tail and a co-author', async () => {
    const seed = await draftOf(
      'Our publications\n• AI Readiness of European University Hospitals – Survey Report 2025 (22 September 2025, PDF, 3.4 MB)\n• Joint Statement on Trustworthy AI in Hospitals, with the European Society for Digital Medicine (ESDM) (3 December 2025, PDF, 410 KB)\n• Results presented yesterday in Porto; preprint available on medRxiv\n\nOur Position Paper was presented in Ghent, said Dr Ana Costa.',
    );
    expect(namesOf(seed, 'doc:').sort()).toEqual([
      'AI Readiness of European University Hospitals – Survey Report 2025',
      'Joint Statement on Trustworthy AI in Hospitals',
    ]);
  });
});
