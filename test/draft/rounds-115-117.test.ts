import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes of the blind rounds 115–117 (issue 22): a Council meeting's participants by delegation.

const { draftOf, role } = articleDrafter('pg-draft-rounds-115-');

describe('a Council meeting’s participants, by delegation', () => {
  const list = [
    'PARTICIPANTS',
    '',
    'The Governments of the Member States and Agence Exemple were represented as follows:',
    '',
    'Belgium:',
    'Mr Thibaut DELVAUX                   Minister for Social Affairs and Public Health',
    '',
    'Austria:',
    'Ms Katharina HUBER                   Federal Minister for Labour, Social Affairs, Health and Consumer Protection',
    'Mr Rasmus Holm LARSEN                State Secretary, Charles University',
    '',
    'Exemple:',
    'Ms Agnieszka KOWALCZYK               Member',
  ].join('\n');

  it('gives each delegate the title after the name, at the country’s government', async () => {
    const seed = await draftOf(list);
    expect(role(seed, 'person:thibaut-delvaux', 'org:government-of-belgium')?.title).toBe(
      'Minister for Social Affairs and Public Health',
    );
    expect(role(seed, 'person:katharina-huber', 'org:government-of-austria')).toBeDefined();
    expect(seed.entities.find((e) => e.id === 'org:government-of-austria')?.country).toBe(
      'Austria',
    );
  });

  it('at the body the title names, or the body the heading names', async () => {
    const seed = await draftOf(list);
    expect(role(seed, 'person:rasmus-holm-larsen', 'org:charles-university')?.title).toBe(
      'State Secretary',
    );
    expect(role(seed, 'person:agnieszka-kowalczyk', 'org:agence-exemple')?.title).toBe('Member');
  });

  it('reads no person in a portfolio’s fields', async () => {
    const seed = await draftOf(list);
    expect(seed.names('person:')).not.toContain('Social Affairs');
  });
});
