import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// Shapes of blind round 36 (issue 22): a blog post with a byline, a relative day, and its
// title naming the event it reports; other words.

const { draftOf } = articleDrafter('pg-draft-blog-posts-');

const POST = [
  'Notes from the registry workshop',
  '',
  'April 9, 2026 · Tomas Berg · 4 min read',
  '',
  'Last Friday I spent the day in Vienna with 40 registry keepers. The workshop, organised by the Vienna Data Institute, asked who may reuse our records.',
  '',
  'Dr Lena Hofer, who directs the institute, opened the day by saying that registries "only work if people trust them".',
  '',
  'We had presented our survey to the TWINREG consortium at its general assembly in Graz (2–3 March), hosted by the Graz Medical University.',
].join('\n');

describe('a blog post', () => {
  it('is dated by its byline line ("date · author · N min read")', async () => {
    const seed = await draftOf(POST);
    expect(seed.source.published).toBe('2026-04-09');
  });

  it('reports the event its title names, dated from "last Friday", and its quotes take that day', async () => {
    const seed = await draftOf(POST);
    const [main, other] = events(seed);
    expect(main).toMatchObject({ date: '2026-04-03', city: 'Vienna', kind: 'WORKSHOP' });
    expect(other).toMatchObject({ date: '2026-03-02', city: 'Graz' });
    const said = seed.entities.find((e) => e.id.startsWith('statement:'));
    expect(said).toMatchObject({ date: '2026-04-03' });
  });
});

describe('a social-media post', () => {
  it('is dated by "date • Edited", and "yesterday in X" with the next sentence naming the hosted event is that event', async () => {
    const seed = await draftOf(
      [
        'Ilona Marsh • 1st',
        'Data steward at the Tallinn Health Data Office',
        '12 Feb 2026 • Edited • 🌐',
        '',
        'Still thinking about yesterday in Tartu',
        '',
        'Together with some 50 stewards I joined the "Baltic Data Stewards Summit", hosted by the Tartu Health Data Institute.',
      ].join('\n'),
    );
    expect(seed.source.published).toBe('2026-02-12');
    expect(events(seed)).toEqual([
      expect.objectContaining({ date: '2026-02-11', name: 'Baltic Data Stewards Summit' }),
    ]);
  });
});
