import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Official pages of blind rounds 67–68 (issue 22): an Ombudsman's decision summary (an office
// named by its holder's title, legal acts with their numbers, a links line with a label), an
// encyclopedia page's governance section, a press kit's fact sheet.

const { draftOf, role } = articleDrafter('pg-draft-official-pages-');

describe("an Ombudsman's decision summary", () => {
  it('reads "said European Ombudsman X" as X holding that title at the office', async () => {
    const seed = await draftOf(
      '"The public is entitled to know who is in the room," said European Ombudsman Teresa Anjinho.',
    );
    expect(seed.names('person:')).toContain('Teresa Anjinho');
    expect(seed.names('org:')).toContain('European Ombudsman');
    expect(role(seed, 'person:teresa-anjinho', 'org:european-ombudsman')?.title).toBe('Ombudsman');
  });

  it('names a legal act with its number ("Commission Decision C(2025) 1190")', async () => {
    const seed = await draftOf(
      'The group was set up by Commission Decision C(2025) 1190 of 24 February 2025, said Dr Ana Costa. The rules (Commission Decision C(2016) 3301 of 30 May 2016) apply.',
    );
    expect(seed.names('doc:')).toEqual([
      'Commission Decision C(2025) 1190',
      'Commission Decision C(2016) 3301',
    ]);
  });

  it('keeps a line’s label out of a title ("Documents: Decision in case …")', async () => {
    const seed = await draftOf(
      'Said Dr Ana Costa.\n\nDocuments: Decision in case 1482/2025/MIK (PDF, EN) | Complaint summary',
    );
    expect(seed.names('doc:').filter((n) => n.startsWith('Documents'))).toEqual([]);
  });
});

// An encyclopedia page on an initiative (blind round 67): a unit given by its code, then its name
// between commas.
describe("an encyclopedia page's governance section", () => {
  it('names a unit given by its code and then its name between commas', async () => {
    const seed = await draftOf(
      "Day-to-day management lies with DG SANTE's Unit C.1, Health Data and Digital Health, headed by Paolo Grisanti. Later Unit C.2, Brussels, was moved.",
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining(['Health Data and Digital Health', 'Unit C.2']),
    );
    expect(role(seed, 'person:paolo-grisanti', 'org:health-data-and-digital-health')).toBeDefined();
  });
});

// A press kit's fact sheet (blind round 68): a project's name in full, quoted after its acronym.
describe("a press kit's fact sheet", () => {
  it('takes an acronym’s quoted name in full for no document', async () => {
    const seed = await draftOf(
      'TWIN-EU ("Oncology Digital Twins for Personalised Cancer Care in the EU") is a Horizon Europe action building on the EDITH roadmap, said Dr Ana Costa.',
    );
    expect(seed.names('doc:')).not.toContain(
      'Oncology Digital Twins for Personalised Cancer Care in the EU',
    );
  });
});

// A regional tender notice (blind round 65): Spanish regional administrations.
describe('a regional tender notice', () => {
  it('reads a Subdirectorate-General and a Junta whole, and a masthead without its acronym', async () => {
    const seed = await draftOf(
      'Servicio Regional de Salud de Castilla del Norte (SERSAN)\nHome › Tenders\n\nProcurement Service of the Subdirectorate-General for Digital Health, Servicio Regional de Salud de Castilla del Norte (SERSAN), the public health service of the Junta de Castilla del Norte, said Dr Ana Costa.',
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining([
        'Procurement Service of the Subdirectorate-General for Digital Health',
        'Junta de Castilla del Norte',
        'Servicio Regional de Salud de Castilla del Norte',
      ]),
    );
    expect(seed.names('org:').filter((n) => n.includes('(SERSAN)'))).toEqual([]);
  });
});
