import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// "Ministry of Health, Welfare and Sport": a list of fields after "of" is one name's portfolio;
// a list of names is several organisations (blind rounds 34 and 37, issue 22).

const { draftOf } = articleDrafter('pg-draft-portfolios-');

describe('a portfolio in a name', () => {
  it('ends the name at a full stop, or before ", ACRONYM)"', async () => {
    const seed = await draftOf(
      [
        'Member news',
        '',
        'On 3 March 2026 Mr Joris Claes (Ministry of Economy, Labour and Social Affairs, MELSA) joined the board. The lab is run jointly by the Faculty of Engineering, Mathematics and Computer Science.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining([
        'Ministry of Economy, Labour and Social Affairs',
        'Faculty of Engineering, Mathematics and Computer Science',
      ]),
    );
  });

  it('a list of names after "of X," is several organisations', async () => {
    const seed = await draftOf(
      'Consortium\n\nOn 3 March 2026 the project was launched by the University of Tartu, Cybernetica and Nortal.\n',
    );
    expect(seed.names('org:')).toContain('University of Tartu');
    expect(seed.names('org:').join('|')).not.toMatch(/Tartu, /);
  });
});

describe('"and" between two names', () => {
  it('a head ends the first name and the words after "and" have none: two organisations', async () => {
    const seed = await draftOf(
      [
        'Funding round',
        '',
        'On 3 March 2026 the round was led by Fjord Capital Partners, with the Baltic Innovation Fund and Nordea joining. The Estonian Cancer Society and Tartu Biotech also took part.',
      ].join('\n'),
    );
    const names = seed.names('org:');
    expect(names).toEqual(
      expect.arrayContaining(['Baltic Innovation Fund', 'Estonian Cancer Society']),
    );
    expect(names.join('|')).not.toMatch(/ and /);
  });
});

describe('words an acronym leaves out', () => {
  it('"the In Silico … Institute (ISTI)", "Fundació Institut … (IBCM)": the whole name', async () => {
    const seed = await draftOf(
      [
        'Partners',
        '',
        'On 3 March 2026 the work moved to the In Silico Trials Institute (ISTI) and to the Fundació Institut Balear de Ciència Mèdica (IBCM) in Palma.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining([
        'In Silico Trials Institute',
        'Fundació Institut Balear de Ciència Mèdica',
      ]),
    );
  });
});
