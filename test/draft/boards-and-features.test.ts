import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes of blind rounds 40–42 (issue 22): a new board, a regional feature, an event recap;
// other words.

const { draftOf } = articleDrafter('pg-draft-boards-');

describe('boards, features and recaps', () => {
  it('a country code after a name in brackets is no organisation; "Cllr" is a title', async () => {
    const seed = await draftOf(
      [
        'New board elected',
        '',
        'On 3 March 2026 the members elected their board.',
        '- President: Ilse Maes (Ghent Data Institute, BE)',
        '- Treasurer: Tomas Lind, CFO of Nordfjord Analytics AS (NO)',
        '',
        '"We will listen," said Cllr Aoife Brennan, who chairs the regional forum.',
      ].join('\n'),
    );
    expect(seed.names('org:').sort()).toEqual(['Ghent Data Institute', 'Nordfjord Analytics AS']);
    expect(seed.names('person:')).toContain('Aoife Brennan');
  });

  it('a portfolio of four fields; a document’s name does not end with "and"', async () => {
    const seed = await draftOf(
      [
        'Committee news',
        '',
        'On 3 March 2026 the question went to the Federal Ministry of Labour, Health, Care and Consumer Protection. Dr Ana Ruiz presented the Roadmap for Rare Disease Registries and asked for comments.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toContain(
      'Federal Ministry of Labour, Health, Care and Consumer Protection',
    );
    expect(seed.names('doc:')).toEqual(['Roadmap for Rare Disease Registries']);
  });

  it('a portfolio ends before a comma and the sentence going on in small letters', async () => {
    const seed = await draftOf(
      [
        'Committee news',
        '',
        'Matthias Ober, State Secretary for Health at the Federal Ministry of Social Affairs, Health, Care and Consumer Protection, told MPs on 3 March 2026 that Brussels expected no delays.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual([
      'Federal Ministry of Social Affairs, Health, Care and Consumer Protection',
    ]);
  });
});
