import { describe, expect, it } from 'vitest';
import { articleDrafter, events, statements } from './draft-of.js';

// Ordinary sentences that must not set off the draft's newer readings (issue 22, review of the
// round-7 and round-8 work): each was a false organisation, person, event or statement.

const { draftOf, role } = articleDrafter('pg-draft-ordinary-');

describe('people stay people', () => {
  it('a minister with a word before the title, a surname that is a city, a founder-named company', async () => {
    const seed = await draftOf(
      'Nordic summit\n\nPrime Minister Mette Frederiksen opened the Nordic Health Summit in Copenhagen on 2 June 2026. Health Minister Jan Novak said the region "must invest in shared data". Dr Maria Valencia, Chief Medical Officer at Aarhus University Hospital, agreed. Ingrid Holm, CEO, Holm Analytics AS, spoke last.\n',
    );
    expect(seed.names('person:').sort()).toEqual([
      'Ingrid Holm',
      'Jan Novak',
      'Maria Valencia',
      'Mette Frederiksen',
    ]);
    expect(seed.names('org:').join('|')).not.toMatch(/Minister/);
    expect(role(seed, 'person:ingrid-holm', 'org:holm-analytics-as')).toBeDefined();
  });

  it('a company that "is a founding member" is no person', async () => {
    const seed = await draftOf(
      'Alliance\n\nNovo Nordisk is a founding member of the alliance, and Roche Diagnostics is the lead partner, said Anna Berg on 2 June 2026.\n',
    );
    expect(seed.names('person:')).toEqual(['Anna Berg']);
  });
});

describe('no false events', () => {
  it('keeps a coming event over the day registration opened, and reads no habit as a day', async () => {
    const seed = await draftOf(
      'OSLO, 3 March 2026 — Registration opened today for the Nordic Cancer Summit, said Anna Berg of the Nordic Cancer Union. The Nordic Cancer Summit will take place on 12 May 2026 in Bergen, Norway. The working group meets every Tuesday to review the workshop materials.\n',
    );
    expect(events(seed)[0]).toMatchObject({ date: '2026-05-12', city: 'Bergen' });
    expect(events(seed).map((e) => (e as { date?: string }).date)).not.toContain('2026-03-03');
  });
});

describe('no false organisations or initiatives', () => {
  it('advisory boards, imaging facilities, "per Region" and "A/B" are no names', async () => {
    const seed = await draftOf(
      'Trial set-up\n\nOn 2 June 2026 the Patient Advisory Board met at the Imaging Facility beside the Linear Accelerator, said Anna Berg of the Nordic Cancer Union. The plan funds one Digital Innovation Hub per Region and tests the Nordic Twin Platform A/B group.\n',
    );
    const names = [...seed.names('org:'), ...seed.names('initiative:')].join('|');
    expect(names).not.toMatch(/Advisory Board|Facility|Accelerator|per Region|A\/B/);
  });
});

describe('no false statements', () => {
  it('an explainer’s question headings are no interview, and a quoted topic after a colon is no quote', async () => {
    const seed = await draftOf(
      [
        'The AI Act in hospitals: a guide',
        '',
        'Professor Anna Keller, a lawyer at the University of Zurich, reviewed this guide on 2 June 2026.',
        '',
        'Which systems are high-risk?',
        '',
        'Manufacturers must keep technical documentation for every system.',
        '',
        'What must hospitals do?',
        '',
        'Hospitals should train staff before deployment.',
        '',
        "Topics on the agenda: 'data quality in small populations', and more.",
      ].join('\n'),
    );
    expect(statements(seed)).toEqual([]);
  });

  it('in a panel with labels, each answer goes to the person its label names', async () => {
    const seed = await draftOf(
      [
        'source: Panel: who owns a twin?',
        'date: 2026-06-02',
        '---',
        'The panel brought together Dr Maria Santos of the Lisbon Institute, Professor Erik Lund of Uppsala University and the moderator Jan Kowalski.',
        '',
        'Kowalski: Who owns a twin?',
        'Santos: Patients must own their twin, and hospitals must keep it safe.',
        'Lund: I think ownership is the wrong question for researchers.',
        'Kowalski: And who pays?',
        'Santos: The health systems should pay for validated twins.',
        'Lund: Europe needs a common fund for validation work.',
      ].join('\n'),
    );
    const by = (person: string) =>
      seed.relationships
        .filter((r) => r.type === 'MADE_BY' && r.to === person)
        .map((r) => seed.entities.find((e) => e.id === r.from)?.text);
    expect(by('person:maria-santos')).toEqual([
      'Patients must own their twin, and hospitals must keep it safe.',
      'The health systems should pay for validated twins.',
    ]);
    expect(by('person:erik-lund')).toEqual([
      'I think ownership is the wrong question for researchers.',
      'Europe needs a common fund for validation work.',
    ]);
  });
});

describe('second review (round 9 rules)', () => {
  it('a surname after a title is the known person only when the text gives no other first name, with a check', async () => {
    const seed = await draftOf(
      'Summit\n\nFormer Prime Minister Marek Kowalczyk opened the summit on 2 June 2026. Minister Kowalczyk said the region "must invest in shared data". Director-General Kowalczyk was not there.\n',
    );
    const said = seed.relationships.find((r) => r.type === 'MADE_BY');
    expect(said?.to).toBe('person:marek-kowalczyk');
    const seed2 = await draftOf(
      'Board news\n\nThe agency named a new Chief Executive Officer on 2 June 2026. Director-General Kowalczyk welcomed the choice, said Anna Berg.\n',
    );
    expect(seed2.names('person:')).toEqual(['Anna Berg']);
    const yaml = JSON.stringify(seed2);
    expect(yaml).toContain('agnieszka-kowalczyk');
  });

  it('a news page with a byline or a read time under its title is no event; a quote after "in her keynote:" is kept', async () => {
    const seed = await draftOf(
      'Digital twins in 2026\nWhat the year will bring\n\n12 March 2026 · Anna Kowalski\n\nThe consortium met twice last year. Sandra Gallina said in her keynote: "Europe must build trust in shared data before it scales."\n',
    );
    expect(events(seed)).toEqual([]);
    expect(statements(seed)).toEqual(['Europe must build trust in shared data before it scales.']);
  });

  it('"Eric" is a first name, "ERIC" a research infrastructure; "Ing." ends no sentence; acronym counts stay figures', async () => {
    const seed = await draftOf(
      'Infrastructures\n\nSpeakers were Anna Berg and Eric on 2 June 2026, with BBMRI-ERIC. "We need patient capital," said Ing. Karl Huber of the Austrian Institute of Technology. The network counts 40 FTE and 30 TB of data.\n',
    );
    expect(seed.names('org:').join('|')).not.toMatch(/Eric\b/);
    const made = seed.relationships.find((r) => r.type === 'MADE_BY');
    expect(made?.to).toBe('person:karl-huber');
  });
});
