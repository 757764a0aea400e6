import { describe, expect, it } from 'vitest';
import { articleDrafter, events, statements } from './draft-of.js';

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

  it("name the people a hearing's labels name: in capitals, or a role with the name after it", async () => {
    const seed = await draftOf(
      [
        'COMMITTEE ON PUBLIC HEALTH',
        '',
        'Public hearing: "Data, models and patients – the next five years"',
        '',
        'Wednesday, 4 March 2026, 09.00–10.30',
        'Brussels, Paul-Henri Spaak building',
        '',
        'VERBATIM REPORT OF PROCEEDINGS (excerpt)',
        '',
        'CHAIR (Elske Dijkgraaf): Good morning. I give the floor to the Commission.',
        '',
        'RADU CONSTANTINESCU (Commission): Thank you, Chair. Hospitals must be able to reuse their own data.',
        '',
        'CHAIR: Thank you. Ms Berglund.',
        '',
        'KARIN BERGLUND (Renew): Thank you. Access bodies should publish every decision they take.',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining(['Elske Dijkgraaf', 'Radu Constantinescu', 'Karin Berglund']),
    );
    const hearing = events(seed)[0];
    expect(hearing).toMatchObject({
      name: 'Data, models and patients – the next five years',
      date: '2026-03-04',
    });
    const counted = (hearing?.quantities ?? []) as { counts: string }[];
    expect(counted.filter((q) => /Brussels/.test(q.counts))).toEqual([]);
    expect(statements(seed)).toContain('Access bodies should publish every decision they take.');
    expect(seed.names('doc:').filter((n) => /VERBATIM/i.test(n))).toEqual([]);
  });
});
