import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// What earlier held-out rounds still missed after their own fixes (issue 22), taken up in a later
// stop: names that carry no common organisation word, events named by a label line.

const { draftOf } = articleDrafter('pg-draft-held-out-leftovers-');

describe('the same event from a page’s heading and from its body', () => {
  const page = (body: string) =>
    [
      'GENERAL ASSEMBLY 2025: NEW BOARD ELECTED',
      'Ljubljana, 16 June 2025 | Posted by the Secretariat | 4 min read',
      '',
      body,
    ].join('\n');

  it('is one event, on the body’s day', async () => {
    const seed = await draftOf(
      page(
        'The 12th General Assembly of Agence Exemple took place on 13 June 2025 in Ljubljana. Agnieszka Kowalczyk was elected President.',
      ),
    );
    expect(seed.entities.filter((e) => e.id.startsWith('event:')).map((e) => e.date)).toEqual([
      '2025-06-13',
    ]);
  });

  it('keeps both when the body’s event is in another city', async () => {
    const seed = await draftOf(
      page(
        'The 12th General Assembly of Agence Exemple took place on 13 June 2025 in Lisbon. Agnieszka Kowalczyk was elected President.',
      ),
    );
    expect(seed.entities.filter((e) => e.id.startsWith('event:')).length).toBe(2);
  });
});

describe('an event named beside its noun', () => {
  const named = async (text: string) =>
    (await draftOf(`Brussels, 2 March 2026. Agence Exemple reports.\n\n${text}`)).names('event:');

  it('reads a name with small words before "a … symposium", and a name after "our next conference,"', async () => {
    expect(
      await named(
        'Anyone is welcome at Twins in the West, a free public symposium Agence Exemple is hosting in Galway on Friday, 24 April 2026.',
      ),
    ).toContain('Twins in the West');
    expect(
      await named(
        'Save the date – our next conference, TWINCON2026, takes place in Porto on 7–9 September 2026.',
      ),
    ).toContain('TWINCON2026');
  });

  it('reads a hearing’s title between straight single marks', async () => {
    expect(
      await named(
        "Agence Exemple held a public hearing on 'Virtual human twins: promise and safeguards' on 4 February 2026 in Brussels.",
      ),
    ).toContain('Virtual human twins: promise and safeguards');
  });
});
