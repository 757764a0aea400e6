import { describe, expect, it } from 'vitest';
import { articleDrafter, events, statements } from './draft-of.js';

// A university's PhD defence page (blind round 63, issue 22): the thesis title quoted on its own
// line, "When:" and "Where:" lines, a jury of titled people written with an initial.

const { draftOf, role } = articleDrafter('pg-draft-doctoral-defences-');

const page = [
  'Faculty of Medicine › Doctoral School › Public defences',
  '',
  'PhD defence Jonas Lindholm',
  '',
  '"Patient-specific lung models: from CT imaging to clinical decisions"',
  '',
  'Published on 02.03.2026',
  '',
  'The Doctoral School cordially invites you to the public defence of Jonas Lindholm, doctoral researcher at the Department of Respiratory Sciences.',
  '',
  'When: Tuesday 24/03/2026, 17.00 h',
  'Where: Aula Magna, Collegium Maius, Grodzka 53, Kraków',
  '',
  'Examination committee',
  'Prof. A. Kowalczyk (Charles University), chair',
  '',
  '"His models are among the first a regulator could audit," says his promotor, Dr Ana Costa.',
].join('\n');

describe("a doctoral defence's page", () => {
  it('reports the defence on the "When:" day, named by whose it is, at the "Where:" place', async () => {
    const seed = await draftOf(page);
    expect(events(seed)).toEqual([
      expect.objectContaining({
        name: 'Public defence of Jonas Lindholm',
        date: '2026-03-24',
        venue: 'Aula Magna',
        city: 'Kraków',
      }),
    ]);
  });

  it('takes the quoted title on its own line as the thesis, not as something said', async () => {
    const seed = await draftOf(page);
    expect(seed.names('doc:')).toContain(
      'Patient-specific lung models: from CT imaging to clinical decisions',
    );
    expect(statements(seed).filter((t) => /lung models/.test(String(t)))).toEqual([]);
  });

  it('finds a known person by title, initial and surname ("Prof. A. Kowalczyk")', async () => {
    const seed = await draftOf(page);
    expect(role(seed, 'person:agnieszka-kowalczyk', 'org:charles-university')).toBeDefined();
  });
});
