import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A think tank's event report (blind round 51, issue 22).

const { draftOf } = articleDrafter('pg-draft-think-tank-');

const report = [
  'Event report, 3 March 2026',
  '',
  'Dr Elif Demirtaş-Vogel of the Centre for European Health Policy Studies opened the forum. The forum also saw the launch of our new white paper, Twins, Trust and Trade-offs: AI in European Life Sciences, based on interviews with 46 stakeholders.',
  '',
  'The full white paper, CEHPS White Paper No. 7, can be downloaded from our website. Dr Anna Berg, Policy Officer at the Institute for Health, closed it.',
].join('\n');

describe('a think tank’s report', () => {
  it('keeps "Policy" inside a name that opens with its head, not in a job title', async () => {
    const seed = await draftOf(report);
    const orgs = seed.names('org:');
    expect(orgs).toContain('Centre for European Health Policy Studies');
    expect(orgs).toContain('Institute for Health');
    expect(orgs.some((n) => /Officer/.test(n))).toBe(false);
  });

  it('reads a title that opens with a list after "white paper,", and no series number as a title', async () => {
    const seed = await draftOf(report);
    const docs = seed.names('doc:');
    expect(docs).toContain('Twins, Trust and Trade-offs: AI in European Life Sciences');
    expect(docs.some((n) => /No$/.test(n))).toBe(false);
  });
});
