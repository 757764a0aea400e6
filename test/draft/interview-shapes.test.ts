import { describe, expect, it } from 'vitest';
import { articleDrafter, events, statements } from './draft-of.js';

// Round 13 shapes (issue 22): an interview with bold questions that reports a meeting ("we met"),
// a person named only with "from the <organisation>", a company described after its name.

const { draftOf } = articleDrafter('pg-draft-interview-shapes-');

const INTERVIEW = [
  'source: Interview with Dr Ilse Brandt',
  'date: 2026-05-20',
  '---',
  'Dr Ilse Brandt leads the kidney pilot of the project. Back from the network’s spring meeting in Graz, she talked to us.',
  '',
  '**How did the Graz meeting go?**',
  '',
  'We met on 4 and 5 May, forty of us. Tomasz Zieliński from the Karolinska Institute showed his kidney models. Renalyx Labs, a Vienna start-up that builds our pipeline, presented too.',
  '',
  '**What should regulators do now?**',
  '',
  'Regulators should accept simulated evidence for rare diseases within five years.',
].join('\n');

describe('interview shapes', () => {
  it('"We met on 4 and 5 May" after "the spring meeting in Graz" is a meeting in Graz, not an event named "Met"', async () => {
    const seed = await draftOf(INTERVIEW);
    expect(events(seed)).toEqual([
      expect.objectContaining({ date: '2026-05-04', endDate: '2026-05-05', city: 'Graz' }),
    ]);
    expect(seed.names('event:')[0]).toMatch(/^Meeting/);
  });

  it('an answer is dated the day the interview is published, not the day of the meeting it reports', async () => {
    const seed = await draftOf(INTERVIEW);
    expect(statements(seed)).toEqual([
      'Regulators should accept simulated evidence for rare diseases within five years.',
    ]);
    expect(seed.entities.find((e) => e.id.startsWith('statement:'))).toMatchObject({
      date: '2026-05-20',
    });
    expect(seed.relationships.filter((r) => r.type === 'MADE_AT')).toEqual([]);
  });

  it('"X from the Karolinska Institute" is a person; "Renalyx Labs, a Vienna start-up that …" an organisation', async () => {
    const seed = await draftOf(INTERVIEW);
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining(['Ilse Brandt', 'Tomasz Zieliński']),
    );
    expect(seed.names('org:')).toContain('Renalyx Labs');
  });

  it('"Jan Novak, a Prague start-up founder" and "X, the company’s chief executive" stay people', async () => {
    const seed = await draftOf(
      [
        'Funding news',
        '',
        'Jan Novak, a Prague start-up founder, said the round closed. "We grow," said Eva Dvořák, the company’s chief executive.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual([]);
    expect(seed.names('person:')).toEqual(expect.arrayContaining(['Jan Novak', 'Eva Dvořák']));
  });

  it('review: "the deadline was met", "met with criticism" are no meetings; headings "X from the Y" are no people', async () => {
    const seed = await draftOf(
      [
        'source: Policy digest',
        'date: 2026-05-20',
        '---',
        'Key Findings from the Survey',
        '',
        'The deadline was met on 4 April. The plan met with criticism on 6 April. Early Results from the Karolinska Institute trial were positive. Grete Olsen from the Norwegian Directorate of Health joined online.',
      ].join('\n'),
    );
    expect(events(seed)).toEqual([]);
    expect(seed.names('person:')).toEqual(['Grete Olsen']);
  });

  it('"We met him in his office last Thursday": the interviewer\'s visit is no event', async () => {
    const seed = await draftOf(
      'BRUSSELS, 4 March 2026 — An interview with Dr Ana Costa. We met him in his office on Rue Froissart last Thursday.',
    );
    expect(events(seed)).toEqual([]);
  });
});
