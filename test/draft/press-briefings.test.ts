import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// A press briefing's transcript (blind round 74, issue 22): journalists named in "Q – X, Outlet:"
// lines, spokespersons' answers under their surnames in capitals, a spokesperson's portfolio in
// brackets, and a weekday still to come.

const { draftOf, role } = articleDrafter('pg-draft-press-briefings-');

const briefing = [
  'Midday briefing of 26/03/2026 – transcript (excerpt)',
  'BRUSSELS, Thursday 26 March 2026',
  'Spokespersons: Ana Costa (Health and Animal Welfare); Rui Marques (Tech Sovereignty, Security and Democracy)',
  'MARQUES: Good afternoon. The Commissioner travels to Vienna on Monday for the Alpine Data Summit, hosted by Agence Exemple.',
  'Q – Tomas Lindgren, Nordic Health Letter: Will the deadlines move?',
  'COSTA: No. Let me be very clear: the timeline is in the regulation and the regulation applies.',
  'Q – Marta Pires, Gazeta Zdrowia: And the sites?',
  'MARQUES: The platform is being built; now we need places where hospitals can test twins.',
].join('\n\n');

describe('a press briefing transcript', () => {
  it('takes who asks for a person and the outlet after the name for their organisation', async () => {
    const seed = await draftOf(briefing);
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining(['Tomas Lindgren', 'Marta Pires']),
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining(['Nordic Health Letter', 'Gazeta Zdrowia']),
    );
    expect(role(seed, 'person:tomas-lindgren', 'org:nordic-health-letter')).toBeDefined();
  });

  it('gives each answer to the spokesperson its label names, lead-in and all', async () => {
    const seed = await draftOf(briefing);
    const said = seed.entities.filter((e) => e.id.startsWith('statement:'));
    const by = (text: string) =>
      seed.relationships.find(
        (r) => r.type === 'MADE_BY' && r.from === said.find((s) => s.text === text)?.id,
      )?.to;
    expect(
      by('Let me be very clear: the timeline is in the regulation and the regulation applies.'),
    ).toBe('person:ana-costa');
    expect(
      by('The platform is being built; now we need places where hospitals can test twins.'),
    ).toBe('person:rui-marques');
  });

  it('takes no organisation from a portfolio in brackets', async () => {
    const seed = await draftOf(briefing);
    expect(seed.names('org:')).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(?:Health|Security|Democracy|Tech)/)]),
    );
  });

  it('dates "travels … on Monday" to the coming Monday and names the summit, not the trip', async () => {
    const seed = await draftOf(briefing);
    expect(events(seed).map((e) => [e.name, e.date])).toContainEqual([
      'Alpine Data Summit',
      '2026-03-30',
    ]);
  });
});
