import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// An auditors' press release (blind round 74, issue 22): a numbered special report's quoted
// title, its presentation to a parliamentary committee, a press contact's phone line, and a
// heading that counts ("Two Commission departments").

const { draftOf } = articleDrafter('pg-draft-audit-reports-');

const release = [
  'PRESS RELEASE',
  'Luxembourg, 18 March 2026',
  'Two Commission departments, two rulebooks',
  'The auditors found that the two departments ran separate frameworks, said Dr Ana Costa.',
  'Special report 08/2026 "Health data and virtual human twins: EU support has yet to translate into usable services" is available on the website.',
  "Ms Costa will present the report to the European Parliament's Committee on Public Health in Brussels on 25 March.",
  'Press contact\nTiago Ferreira Lemos – M: (+352) 691 55 04 17',
].join('\n\n');

describe("an auditors' press release", () => {
  it("takes a numbered report's quoted title for a document", async () => {
    const seed = await draftOf(release);
    expect(seed.names('doc:')).toContain(
      'Health data and virtual human twins: EU support has yet to translate into usable services',
    );
  });

  it('takes presenting the report to a committee on a day for an event', async () => {
    const seed = await draftOf(release);
    expect(events(seed).map((e) => [e.name, e.date])).toContainEqual([
      "Presentation of the report to the European Parliament's Committee on Public Health",
      '2026-03-25',
    ]);
  });

  it("takes a press contact's name before a phone line for a person", async () => {
    const seed = await draftOf(release);
    expect(seed.names('person:')).toContain('Tiago Ferreira Lemos');
  });

  it('takes no organisation from a count before a name ("Two Commission departments")', async () => {
    const seed = await draftOf(release);
    expect(seed.names('org:')).not.toContain('Two Commission');
  });
});
