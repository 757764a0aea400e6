import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// How a website's page opens (issue 22, blind rounds 29–31): its name over breadcrumbs, a
// "Posted on 03.02.2026 by …" line, a "Label | Section | date - time" line.

const { draftOf } = articleDrafter('pg-draft-site-pages-');

describe("a site's page", () => {
  it('the name above the breadcrumbs is the publisher; the title comes after them; a posted line dates the page, day first', async () => {
    const seed = await draftOf(
      [
        'Baltic Patient Data Alliance',
        'Home > Positions > Letters',
        '',
        'Why patients must hold the key to their twins',
        'Posted on 04.03.2026 by the BPDF Secretariat',
        '',
        'Today the forum wrote to the Commission, said Dr Laura Kask, President of the Baltic Patient Data Alliance.',
      ].join('\n'),
    );
    const source = seed.source as Record<string, unknown>;
    expect(source).toMatchObject({
      name: 'Why patients must hold the key to their twins',
      publisher: 'Baltic Patient Data Alliance',
      published: '2026-03-04',
    });
  });

  it('a line of labels and a date is no title, and its date (with a time) is the page’s', async () => {
    const seed = await draftOf(
      [
        'Newsroom | ENVI | AGRI | 09-02-2026 - 11:05',
        '',
        'MEPs question the Commission on soil data',
        '',
        'Members heard Dr Piet Claes, Director of the Flemish Soil Institute, on Monday.',
      ].join('\n'),
    );
    expect(seed.source).toMatchObject({
      name: 'MEPs question the Commission on soil data',
      published: '2026-02-09',
    });
  });

  it('an event named after its host ("at Uppsala University for the Twin Validation Day") is named without it', async () => {
    const seed = await draftOf(
      [
        'Notes from Uppsala',
        'Published 10 June 2026',
        '',
        'Last Tuesday, 2 June, I spent the day at Uppsala University for the Twin Validation Day, co-organised by the university and the VPH Institute. Dr Karin Ek opened it.',
      ].join('\n'),
    );
    expect(seed.names('event:')).toEqual(['Twin Validation Day']);
  });

  it('"PUBLICATION | Section" over the title names the publisher, and the title follows', async () => {
    const seed = await draftOf(
      [
        'EUROPEAN TWIN REVIEW | Comment',
        '',
        'Hospitals need data engineers before they need twins',
        '',
        'By Dr Lena Bauer, Senior Fellow, Vienna Institute of Health Economics',
        'March 4, 2026',
      ].join('\n'),
    );
    expect(seed.source).toMatchObject({
      name: 'Hospitals need data engineers before they need twins',
      publisher: 'European Twin Review',
    });
  });

  it('"Publication Name | 30 June 2025" under the title: the publisher and the date, no document', async () => {
    const seed = await draftOf(
      [
        'What 300 hospitals told the Commission',
        '',
        'Nordic Health Policy Brief | 2 March 2026',
        '',
        'Dr Eva Holm, Director of the Nordic Health Institute, welcomed the findings.',
      ].join('\n'),
    );
    expect(seed.source).toMatchObject({
      publisher: 'Nordic Health Policy Brief',
      published: '2026-03-02',
    });
    expect(seed.names('doc:')).toEqual([]);
  });

  it('a masthead over a press office’s line and a label with a note; the dateline under them; a quote’s "will" is not the sentence’s', async () => {
    const seed = await draftOf(
      [
        'REPUBLIC OF SLOVENIA',
        'MINISTRY OF DIGITAL TRANSFORMATION',
        'Press Office',
        '',
        'PRESS RELEASE (unofficial translation)',
        '',
        'Ljubljana, 4 March 2026',
        '',
        'Slovenia opens its health data agency',
        '',
        '“Researchers will find one door,” said the Minister, Dr Maja Novak, at the opening ceremony hosted by the ministry.',
      ].join('\n'),
    );
    expect(seed.source).toMatchObject({
      name: 'Slovenia opens its health data agency',
      publisher: 'Ministry of Digital Transformation',
      published: '2026-03-04',
    });
    expect(seed.entities.filter((e) => e.id.startsWith('event:'))).toEqual([
      expect.objectContaining({ date: '2026-03-04', city: 'Ljubljana' }),
    ]);
  });

  it('"<Company> Blog" as the first line names the publisher; the title follows', async () => {
    const seed = await draftOf(
      'Nordlys Analytics Blog\n\nWhat we told the Commission about heart twins\nPosted on 11.02.2026 by Eva Holm\n\nOur CEO, Dr Eva Holm, met DG CONNECT.\n',
    );
    expect(seed.source).toMatchObject({
      name: 'What we told the Commission about heart twins',
      publisher: 'Nordlys Analytics',
      published: '2026-02-11',
    });
  });
});
