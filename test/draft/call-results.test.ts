import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// Shapes of blind round 39 (issue 22): an agency's call results, with a table; other words.

const { draftOf } = articleDrafter('pg-draft-call-results-');

describe('a call’s results page', () => {
  it('a company in a table row with a country code is an organisation, not a person', async () => {
    const seed = await draftOf(
      [
        'Call results',
        '',
        'On 3 March 2026 the agency selected two projects:',
        'KNEETWIN\tKnee twins for surgery\tSkagen Orthodesign ApS (DK)\t€4,500,000',
        'LUNGSIM\tLung twins\tFrankfurter Atemtechnik KGaA (DE)\t€3,900,000',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual([]);
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining(['Skagen Orthodesign ApS', 'Frankfurter Atemtechnik KGaA']),
    );
  });

  it('"will meet for a joint kick-off": the event is named by its noun, not the verb', async () => {
    const seed = await draftOf(
      'Next steps\n\nOn 3 March 2026 the coordinators of the projects selected by the Danube Health Agency will meet for a joint kick-off in Vienna.\n',
    );
    expect(events(seed)).toEqual([
      expect.objectContaining({ date: '2026-03-03', name: expect.stringMatching(/kick-off/i) }),
    ]);
  });
});
