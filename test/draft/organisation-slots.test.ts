import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Organisations named where no head word says so (issue 22, round 9): after a title at the end
// of a speaker's line, after "the regional fund", with a camel-case word, a university's city.

const { draftOf, role } = articleDrafter('pg-draft-org-slots-');

describe('organisations without a head word', () => {
  it('a speakers’ list: "Name, title, Org" and "title of Org" end a line with the organisation; a city after an organisation is none', async () => {
    const seed = await draftOf(
      [
        'Digital Twins Policy Breakfast 2026',
        '',
        'Wednesday 4 November 2026 · Résidence Palace, Brussels',
        '',
        'This breakfast debate asks how data permits will work.',
        '',
        'Moderator: Ingrid Solberg-Haugen, Brussels correspondent, Baltic Policy Letter',
        'Panel: Tomasz Zieliński, editor-in-chief of Gazeta Zdrowia Cyfrowego',
        'Panel: Elif Karaca-Demir, Senior Analyst, Bosphorus Health Institute, Istanbul',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining([
        'Baltic Policy Letter',
        'Gazeta Zdrowia Cyfrowego',
        'Bosphorus Health Institute',
      ]),
    );
    expect(seed.names('org:')).not.toContain('Istanbul');
    expect(role(seed, 'person:ingrid-solberg-haugen', 'org:baltic-policy-letter')).toMatchObject({
      title: 'Brussels correspondent',
    });
    expect(role(seed, 'person:tomasz-zielinski', 'org:gazeta-zdrowia-cyfrowego')).toBeDefined();
  });

  it('"the regional fund X", "the Nordic eHealth Alliance"; "University in <city>" is asked about; a bare "Working Group" is none', async () => {
    const seed = await draftOf(
      [
        'Funding round',
        '',
        'The round was led by the regional fund Capital Santé Atlantique, with the Nordic eHealth Alliance joining as an observer.',
        '',
        'The models were built by Petra Nováková of the Czech Technical University in Prague. Our Working Group will meet in May.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining([
        'Capital Santé Atlantique',
        'Nordic eHealth Alliance',
        'Czech Technical University',
      ]),
    );
    const ctu = seed.entities.find((e) => e.name === 'Czech Technical University')!;
    expect(seed.yaml).toContain(
      'the text goes on "in Prague": add it to the name if it is part of it',
    );
    expect(ctu.id).toBe('org:czech-technical-university');
    expect(seed.names('org:')).not.toContain('Working Group');
  });

  it('a name written in small letters but introduced with its acronym ("Agence … de santé (ALDS)"), and "Puig i Ferrer"', async () => {
    const seed = await draftOf(
      [
        'Network launched',
        '',
        'The meeting was hosted by the Institut national des données de recherche (INDR) and the Centre de Recherche en Imagerie de Nantes (CRIN).',
        '',
        '"We are ready," said Marta Puig i Ferrer, director of INDR.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining([
        'Institut national des données de recherche',
        'Centre de Recherche en Imagerie de Nantes',
      ]),
    );
    expect(seed.names('person:')).toEqual(['Marta Puig i Ferrer']);
  });
});
