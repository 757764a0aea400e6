import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// A hospital foundation's press release (working round 91, issue 22): "The laboratory was
// officially opened yesterday" is the opening of the laboratory named before; a post-nominal
// before the apposition; a plan's quoted title after "strategy"; a charity's register number.

const { draftOf, role } = articleDrafter('pg-draft-foundation-releases-');

const RELEASE = [
  'DUBLIN, 14 November 2025 – Agence Exemple has announced a donation of €6.5 million to establish the HeartTwin Laboratory at Charles University.',
  '',
  'The laboratory was officially opened yesterday by Eamon Kinsella TD, Minister of State at the Department of Health, at a ceremony attended by more than 200 people, said Dr Ana Costa.',
  '',
  'Notes to editors',
  '1. Agence Exemple (registered charity CHY 10483) was established in 1984.',
  '2. The laboratory\'s strategy, "Modelling Every Heart: HeartTwin Strategy 2025–2030", sets a target of 3,000 heart models by 2030.',
].join('\n');

describe('a foundation’s release', () => {
  it('names the opening after the laboratory named before, on the day before the dateline', async () => {
    const seed = await draftOf(RELEASE);
    expect(events(seed).map((e) => [e.name, e.date])).toEqual([
      ['Opening of the HeartTwin Laboratory', '2025-11-13'],
    ]);
  });

  it('reads the minister past the post-nominal, the plan, and no register number', async () => {
    const seed = await draftOf(RELEASE);
    expect(role(seed, 'person:eamon-kinsella', 'org:department-of-health')?.title).toBe(
      'Minister of State',
    );
    const docs = seed.entities.filter((e) => e.id.startsWith('doc:') && e.id !== seed.source.id);
    expect(docs.map((d) => [d.name, d.kind])).toEqual([
      ['Modelling Every Heart: HeartTwin Strategy 2025–2030', 'ROADMAP'],
    ]);
    expect(seed.names('org:')).not.toContain('CHY 10483');
  });
});
