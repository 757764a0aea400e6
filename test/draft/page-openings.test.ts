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

  // (a think tank's event report and a JRC release, blind round 51)
  it('is under a genre’s kicker in capitals ("EVENT REPORT"), and its dateline', async () => {
    for (const opening of [
      [
        'CEHPS | Centre for European Health Policy Studies',
        'Insights › Event reports',
        'EVENT REPORT',
      ],
      ['JRC NEWS RELEASE', 'Ispra, 3 March 2026'],
    ]) {
      const seed = await draftOf(
        [...opening, '', 'What we heard at the forum', '', 'Dr Ana Costa said it went well.'].join(
          '\n',
        ),
      );
      expect(seed.source.name).toBe('What we heard at the forum');
    }
  });

  it('is a title in capitals over a line in small letters when no genre word is in it', async () => {
    const seed = await draftOf(
      ['EHDS ENTERS INTO FORCE', 'What changes for hospitals', '', 'Dr Ana Costa said so.'].join(
        '\n',
      ),
    );
    expect(seed.source.name).toBe('EHDS ENTERS INTO FORCE');
  });
});
