import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A research infrastructure's report and a PhD announcement (blind rounds 59 and 63, issue 22):
// an ERIC named by its acronym, then its name between dashes; a funder with its region.

const { draftOf } = articleDrafter('pg-draft-research-infrastructures-');

describe('research infrastructures and their funders', () => {
  it('read "ACR – the Full Name –" as one organisation, its name whole across "for In Silico"', async () => {
    const seed = await draftOf(
      [
        'Bologna, 28 April 2026',
        '',
        'In 2025 CARDIO-RI – the European Research Infrastructure Consortium for In Silico Cardiology – moved to routine service, said Dr Ana Costa.',
        'CARDIO-RI now serves more than 2,000 users.',
      ].join('\n'),
    );
    const eric = seed.entities.find(
      (e) => e.name === 'European Research Infrastructure Consortium for In Silico Cardiology',
    );
    expect(eric).toMatchObject({ acronym: 'CARDIO-RI', kind: 'RESEARCH_INFRASTRUCTURE' });
    expect(
      seed.names('org:').filter((n) => /^European Research Infrastructure Consortium$/.test(n)),
    ).toEqual([]);
  });

  it('keep a region after a dash in a body\'s name ("Research Foundation – Flanders (FWO)")', async () => {
    const seed = await draftOf(
      'Dr Ana Costa held a fellowship from the Research Foundation – Flanders (FWO) until 2025.',
    );
    expect(seed.names('org:')).toContain('Research Foundation – Flanders');
    expect(seed.names('org:')).not.toContain('Research Foundation');
  });

  it("an organisation's Strategic Plan is a document, not an initiative", async () => {
    const seed = await draftOf(
      'The Strategic Plan 2024–2030, adopted by the Assembly in June 2024, commits the ERIC to open models, said Dr Ana Costa.',
    );
    expect(seed.names('doc:')).toContain('Strategic Plan 2024–2030');
    expect(seed.names('initiative:')).not.toContain('Strategic Plan 2024–2030');
  });
});
