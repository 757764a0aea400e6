import { describe, expect, it } from 'vitest';
import { articleDrafter, namesOf } from './draft-of.js';

// A page's credits and an e-mail's headers name people (blind round 79–81, issue 22): "Text: X",
// "Presenter: X", "Feedback from: X", "To: X <mail>", a press office's name over its "Tel:" line,
// a Nordic "Docent" before a name.

const { draftOf } = articleDrafter('pg-draft-header-credits-');

describe('credits and headers', () => {
  it('reads a byline credit and a programme credit as people', async () => {
    const seed = await draftOf(
      'Event report · 9 March 2026 · Text: Ilona Wierzbicka, Charles University\n\nPresenter: Tomasz Grabowski | Producer: Helga Brandtner\n\nThe workshop met in Prague, said Dr Ana Costa.',
    );
    expect(namesOf(seed, 'person:')).toEqual(
      expect.arrayContaining(['Ilona Wierzbicka', 'Tomasz Grabowski', 'Helga Brandtner']),
    );
  });

  it('reads a name compromise does not know after "Feedback from:" and "To:"', async () => {
    const seed = await draftOf(
      'Feedback from: Zdeňka Kubíčková\nEU citizen · Czechia · 2 February 2026\nPlease keep patients informed.\n\nTo: Dagný Sigurðardóttir <dagny@example.org>\nSubject: Roundtable\n\nAll welcome, said Dr Ana Costa.',
    );
    expect(namesOf(seed, 'person:')).toEqual(
      expect.arrayContaining(['Zdeňka Kubíčková', 'Dagný Sigurðardóttir']),
    );
  });

  it('takes no place or office after such a label', async () => {
    const seed = await draftOf(
      'From: Brussels Office\nTo: Members of the Board\n\nThe board met on Monday, said Dr Ana Costa.',
    );
    expect(namesOf(seed, 'person:')).toEqual(['Ana Costa']);
  });

  it("reads a press office's name over its Tel: line, and a Docent's name", async () => {
    const seed = await draftOf(
      'Issued by: Agence Exemple Press Office\nAnna Kalniņa\nTel: +371 6700 1234\n\nKarolinska Egyetem Sajtóiroda\nTel: +36 1 459 1500\n\nProject leader: Docent Eero Mäntylä, Charles University, said the data are ready.',
    );
    expect(namesOf(seed, 'person:')).toEqual(
      expect.arrayContaining(['Anna Kalniņa', 'Eero Mäntylä']),
    );
    // (an office's name over its Tel: line is no person)
    expect(namesOf(seed, 'person:')).not.toContain('Karolinska Egyetem Sajtóiroda');
  });
});
