import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes of blind rounds 169–171 (issue 22), each read by a general rule.

const { draftOf } = articleDrafter('pg-draft-rounds-169-');

describe('a notified body’s certification news', () => {
  const NEWS = [
    'Cologne, 10 February 2026 – Veritas Medica has issued a certificate to Charles University.',
    '',
    'Certificate at a glance',
    'Classification\tClass IIb (Annex VIII, Rule 11)',
    'Valid until\t05.02.2031',
    '',
    'Press contact',
    'Jana Wilmsen, Corporate Communications',
    'presse@veritas-medica.example',
  ].join('\n');

  it('reads no person from a class’s numeral ("Class IIb (Annex VIII, Rule 11)")', async () => {
    const seed = await draftOf(NEWS);
    expect(seed.names('person:')).not.toContain('Class IIb');
    expect(seed.names('org:')).not.toContain('Annex VIII');
  });

  it('reads the name under a "Press contact" heading as a person', async () => {
    const seed = await draftOf(NEWS);
    expect(seed.names('person:')).toContain('Jana Wilmsen');
  });

  it('still reads no office under the heading as a person', async () => {
    const seed = await draftOf(NEWS.replace('Jana Wilmsen, Corporate', 'Press Office, Corporate'));
    expect(seed.names('person:')).toEqual([]);
  });
});
