import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes the held-out rounds 112–114 showed once they were scored (issue 22): a poster session's
// papers, each numbering its own affiliations; an organisation chart's "Post: Name" lines.

const { draftOf, role } = articleDrafter('pg-draft-held-out-112-');

describe('held-out rounds 112–114', () => {
  it('reads each poster’s authors against the affiliations under its own line', async () => {
    const seed = await draftOf(
      [
        'Poster session P2, chaired by Dr Ana Costa',
        '',
        'P2-01',
        'Consent for cardiac twins',
        'Lotte Kristensen*¹, Karim Benali²',
        '¹ Agence Exemple, Copenhagen, Denmark; ² Charles University, Prague, Czechia',
        '',
        'P2-02',
        'Permits for twin workflows',
        'Elena Rossi-Kaufmann¹, Tobias Grünewald²',
        '¹ Charles University, Prague, Czechia; ² Agence Exemple, Paris, France',
      ].join('\n'),
    );
    expect(role(seed, 'person:lotte-kristensen', 'org:agence-exemple')).toBeDefined();
    expect(role(seed, 'person:karim-benali', 'org:charles-university')).toBeDefined();
    expect(role(seed, 'person:elena-rossi-kaufmann', 'org:charles-university')).toBeDefined();
    expect(role(seed, 'person:tobias-grunewald', 'org:agence-exemple')).toBeDefined();
  });

  it('reads an organisation chart’s posts: the person after the colon, at the body above', async () => {
    const seed = await draftOf(
      [
        'Agence Exemple',
        'Home › About us › Organisation',
        '',
        'Cabinet of the Director',
        'Head of Cabinet: Luka Hribernik',
        '',
        'Directorate for Public Health',
        'Director-General: Prim. Tomaž Golob, MD',
        '- Division for Communicable Diseases – Acting Head: Dr Marko Vidmar',
        'Founders: Zofia Kamińska, Jonas Weißenborn',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining(['Luka Hribernik', 'Tomaž Golob', 'Marko Vidmar']),
    );
    expect(role(seed, 'person:tomaz-golob', 'org:directorate-for-public-health')?.title).toBe(
      'Director-General',
    );
    expect(role(seed, 'person:marko-vidmar', 'org:division-for-communicable-diseases')?.title).toBe(
      'Acting Head',
    );
  });
});
