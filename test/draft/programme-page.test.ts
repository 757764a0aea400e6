import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// A workshop's programme (issue 22, round 13): its title in capitals, a line that says what it is
// and who organises it, a line with its venue, city and days; sessions of "Title – Speaker (Org)"
// and "Name, Title Portfolio, Organisation".

const { draftOf } = articleDrafter('pg-draft-programme-');

const PROGRAMME = [
  'source: Programme – Kidney Twins in the Clinic',
  'date: 2026-08-01',
  '---',
  'KIDNEY TWINS IN THE CLINIC',
  'Expert workshop organised by the Nordic Renal Institute and Medivant Analytics GmbH',
  'Palais des Congrès, Lyon – 8 and 9 September 2026',
  '',
  '09:30  Welcome',
  '       Sofie Lindahl, Director, Nordic Renal Institute',
  '10:00  Presentation of the Roadmap for Kidney Twins – Marc Duval (Medivant Analytics GmbH)',
  '11:00  Panel',
  '       Elena Moretti, Vice-President Clinical Solutions, Nephrosim SpA',
].join('\n');

describe('a programme page', () => {
  it('is one event named by the title, with its venue, city, days and every organiser', async () => {
    const seed = await draftOf(PROGRAMME);
    expect(events(seed)).toEqual([
      expect.objectContaining({
        name: 'Kidney Twins in the Clinic',
        date: '2026-09-08',
        endDate: '2026-09-09',
        venue: 'Palais des Congrès',
        city: 'Lyon',
        kind: 'WORKSHOP',
      }),
    ]);
    const event = String(events(seed)[0]!.id);
    const hosts = seed.relationships.filter((r) => r.type === 'HOSTED_BY' && r.from === event);
    expect(hosts.map((r) => r.to).sort()).toEqual([
      'org:medivant-analytics-gmbh',
      'org:nordic-renal-institute',
    ]);
  });

  it('"Presentation of the Roadmap for Kidney Twins" presents the roadmap; a portfolio stays in the title', async () => {
    const seed = await draftOf(PROGRAMME);
    expect(seed.names('doc:')).toEqual(['Roadmap for Kidney Twins']);
    expect(seed.names('org:')).not.toContain('Clinical Solutions');
    const role = seed.relationships.find(
      (r) => r.type === 'HOLDS_ROLE' && r.from === 'person:elena-moretti',
    );
    expect(role).toMatchObject({
      to: 'org:nephrosim-spa',
      title: 'Vice-President Clinical Solutions',
    });
  });

  it('review: organisers without a head word, a heading in capitals, titles with portfolios before an organisation', async () => {
    const seed = await draftOf(
      [
        'source: Programme',
        'date: 2026-05-20',
        '---',
        'BUILDING TRUST IN HEALTH AI',
        'Roundtable organised by Sciensano and the Belgian Ministry of Health',
        'Egmont Palace, Brussels – 3 June 2026',
        '',
        '14:30 – Presentation of the Roadmap for Trustworthy AI in Healthcare',
        'Ilse De Wit, Vice-President Regulatory Affairs and Quality, Medtronic',
        'Karin Smyth, Director Digital Health Europe, Siemens Healthineers',
      ].join('\n'),
    );
    const event = events(seed)[0]!;
    expect(event).toMatchObject({ name: 'Building Trust in Health AI', date: '2026-06-03' });
    const hosts = seed.relationships.filter((r) => r.type === 'HOSTED_BY').map((r) => r.to);
    expect(hosts.sort()).toEqual(['org:belgian-ministry-of-health', 'org:sciensano']);
    expect(seed.names('person:').sort()).toEqual(['Ilse De Wit', 'Karin Smyth']);
    expect(seed.names('org:')).not.toContain('BUILDING TRUST');
    expect(seed.names('doc:')).toEqual(['Roadmap for Trustworthy AI in Healthcare']);
    expect(seed.relationships.filter((r) => r.type === 'HOLDS_ROLE').map((r) => r.to)).toEqual([
      'org:medtronic',
      'org:siemens-healthineers',
    ]);
  });
});
