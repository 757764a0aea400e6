import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A session transcript (blind round 59, issue 22): lines opened by who speaks, in capitals, the
// moderator asking; what each panellist says is theirs, said at the event.

const { draftOf } = articleDrafter('pg-draft-transcripts-');

const transcript = [
  'TRANSCRIPT — SESSION 2',
  'Nordic Health Data Summit 2026 · Oslo · Thursday 12 March 2026',
  '',
  'Moderator: Ingrid Vasshaug, editor, Helse Policy',
  'Panel:',
  '– Dr Jonas Lindqvist, Director, Swedish eHealth Agency',
  '– Prof. Marit Aune, Norwegian University of Science and Technology',
  '',
  'INGRID VASSHAUG: Welcome back. Jonas, where do we stand?',
  '',
  'JONAS LINDQVIST: We are further than people think. Access bodies must publish their decisions, not keep them in a drawer. That is the whole point.',
  '',
  'VASSHAUG: Marit, is the research community ready?',
  '',
  'MARIT AUNE: (laughter) Honestly: a model without patients in the loop is a toy, not a tool. Should we wait for perfect data?',
  '',
  'VASSHAUG: And the regulators?',
  '',
  'LINDQVIST: I expect the first permits before the summer.',
].join('\n');

describe('a transcript whose lines open with who speaks', () => {
  it("take each panellist's positions as their statements, not the moderator's questions", async () => {
    const seed = await draftOf(transcript);
    const texts = seed.entities
      .filter((e) => e.id.startsWith('statement:'))
      .map((e) => String(e.text));
    expect(texts).toEqual(
      expect.arrayContaining([
        'Access bodies must publish their decisions, not keep them in a drawer.',
        'a model without patients in the loop is a toy, not a tool.',
        'I expect the first permits before the summer.',
      ]),
    );
    expect(texts.filter((t) => /\?|Welcome|laughter|Honestly/.test(t))).toEqual([]);
    const by = (t: string) => {
      const s = seed.entities.find((e) => e.text === t)!;
      return seed.relationships.find((r) => r.from === s.id && r.type === 'MADE_BY')?.to;
    };
    expect(by('I expect the first permits before the summer.')).toBe('person:jonas-lindqvist');
    expect(by('a model without patients in the loop is a toy, not a tool.')).toBe(
      'person:marit-aune',
    );
  });

  it('date the statements by the session and make them at it, where the speakers spoke', async () => {
    const seed = await draftOf(transcript);
    const statements = seed.entities.filter((e) => e.id.startsWith('statement:'));
    expect(statements.map((s) => s.date)).toContain('2026-03-12');
    const madeAt = seed.relationships.filter((r) => r.type === 'MADE_AT').map((r) => r.to);
    expect(madeAt.length).toBeGreaterThan(0);
    const spoke = seed.relationships.filter((r) => r.type === 'SPOKE_AT').map((r) => r.from);
    expect(spoke).toEqual(expect.arrayContaining(['person:jonas-lindqvist', 'person:marit-aune']));
  });
});
