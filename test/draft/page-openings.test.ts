import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A page's opening as blind rounds 42–44 wrote them (issue 22): the site's name over breadcrumbs
// written with "/" or one "›", a site line with sections after "·", a publication's kind and
// number above its title.

const { draftOf } = articleDrafter('pg-draft-page-openings-');

describe('the title of a page', () => {
  it('is the first line under the site’s name and its breadcrumbs', async () => {
    for (const [site, crumbs] of [
      ['Hospital Universitari del Turia', 'Home / Press room / Statements'],
      ['EAPCC | European Alliance of People with Chronic Conditions', 'Blog › Digital health'],
    ]) {
      const seed = await draftOf(
        [
          site,
          crumbs,
          '',
          'Our response to the article',
          '',
          'Dr Ana Costa said it was wrong.',
        ].join('\n'),
      );
      expect(seed.source.name).toBe('Our response to the article');
    }
  });

  it('is under "Site · News · Press releases"; a "POLICY BRIEF 07/2026" line names the work', async () => {
    const release = await draftOf(
      'University of Tartu · News · Press releases\n\nTartu to lead a project\n\nDr Ana Costa said so.\n',
    );
    expect(release.source.name).toBe('Tartu to lead a project');
    const brief = await draftOf(
      [
        'Institute for Health Futures',
        'Home / Publications / Policy Briefs / Trust before twins',
        '',
        'POLICY BRIEF 07/2026',
        '',
        'Trust before twins: getting the rules ready',
        '',
        'This brief, said Dr Ana Costa, draws on 34 interviews.',
      ].join('\n'),
    );
    expect(brief.source.name).toBe('Trust before twins: getting the rules ready');
    expect(brief.entities).toContainEqual(
      expect.objectContaining({
        name: 'Trust before twins: getting the rules ready',
        kind: 'POLICY_BRIEF',
        aliases: ['Policy Brief 07/2026'],
      }),
    );
  });
});
