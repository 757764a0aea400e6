import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// A newsletter's "Meet our member" profile and a newspaper profile (working rounds 95 and 99,
// issue 22): where people were before ("who came to … from", "who spent a decade at"), and a
// former post's title without "previously a".

const { draftOf, role } = articleDrafter('pg-draft-member-profiles-');

describe('a member profile', () => {
  it('gives "X, who came to Aarhus from Y" a role at Y, even with another person named before', async () => {
    const seed = await draftOf(
      [
        'Aarhus, 3 March 2026.',
        '',
        'The centre is organised in groups. Dr. Jonas Lindqvist, who came to Aarhus from Charles University in 2017, heads the modelling group.',
        'Tomasz Wiśniewski, the deputy director, who spent a decade at Agence Exemple before moving to Galway, runs the data work.',
      ].join('\n'),
    );
    expect(role(seed, 'person:jonas-lindqvist', 'org:charles-university')).toBeDefined();
    expect(role(seed, 'person:tomasz-wisniewski', 'org:agence-exemple')).toBeDefined();
  });

  it('titles "X, previously a research engineer at Y" without "previously a"', async () => {
    const seed = await draftOf(
      'The data group is led by Tomasz Wróblewski, previously a research software engineer at Charles University.',
    );
    expect(role(seed, 'person:tomasz-wroblewski', 'org:charles-university')?.title).toBe(
      'research software engineer',
    );
  });
});

describe('a newsletter issue', () => {
  it('reads its month between dashes, and a name with its year inside', async () => {
    const seed = await draftOf(
      [
        'VPH Newsletter — Issue 47 — November 2025',
        '',
        'Dr Ana Costa presented it at the Annual Meeting in Brussels on 18 June.',
        'Charles University will host the VPH 2026 Conference in Aarhus from 7 to 9 September 2026.',
      ].join('\n'),
    );
    const days = events(seed).map((e) => [e.date, e.name]);
    expect(days).toContainEqual(['2025-06-18', 'Annual Meeting']);
    expect(days).toContainEqual(['2026-09-07', 'VPH 2026 Conference']);
  });
});
