import { describe, expect, it } from 'vitest';
import { knownEvents } from '../../src/draft/known-events.js';
import type { EventFacts } from '../../src/draft/event.js';
import { articleDrafter, events, statements } from './draft-of.js';

// Cases a reviewer found against the rules added after blind rounds 61–63 (issue 22).

const { draftOf, role } = articleDrafter('pg-draft-review-guards-61-63-');
const dated = (body: string) => `BRUSSELS, 4 March 2026 — ${body}`;

describe('quotes and transcripts', () => {
  it('a quote on its own line after "said:" is speech, not a title', async () => {
    const seed = await draftOf(
      dated(
        'Dr Anna Berg said:\n\n"We need a European approach to health data that puts patients first"\n\nThe Commission will present its proposal in May.',
      ),
    );
    expect(statements(seed)).toContain(
      'We need a European approach to health data that puts patients first',
    );
  });

  it('a programme of talks with "Name (Org): Title" lines is no transcript', async () => {
    const seed = await draftOf(
      [
        'Public hearing on AI in healthcare — European Parliament, 3 March 2026',
        '',
        'Programme',
        'Anna Berg (Karolinska Institutet): Why hospitals must share data',
        'Jan Novak (EFPIA): The industry needs legal certainty, not more guidance',
        'Maria Lopez (EMA): Regulators should publish their AI reflection paper',
      ].join('\n'),
    );
    expect(statements(seed)).toEqual([]);
  });
});

describe('organisations', () => {
  it('a list after "from" keeps its first name an organisation of its own', async () => {
    const seed = await draftOf(
      dated(
        'The panel brought together speakers from Sanofi, the European Medicines Agency, and national regulators, said Dr Ana Costa.',
      ),
    );
    const ema = seed.entities.find((e) => e.name === 'European Medicines Agency');
    expect(ema?.aliases ?? []).not.toContain('Sanofi');
  });

  it('a Council configuration is a body where it is not where ministers met', async () => {
    const seed = await draftOf(
      dated(
        'Dr Anna Berg, former chair of the Competitiveness Council, said on 3 March that the AI Act needs guidance.',
      ),
    );
    expect(seed.names('org:')).toContain('Competitiveness Council');
    expect(events(seed).map((e) => e.name)).not.toContain('Competitiveness Council');
    expect(role(seed, 'person:anna-berg', 'org:competitiveness-council')).toBeDefined();
  });

  it("a programme committee with its programme's name is an organisation", async () => {
    const seed = await draftOf(
      dated(
        'The EU4Health Programme Committee approved the 2026 work programme, said Dr Ana Costa.',
      ),
    );
    expect(seed.names('org:')).toContain('EU4Health Programme Committee');
  });

  it('"for The Lancet Commission" ends the name before it', async () => {
    const seed = await draftOf(
      dated(
        'A report by the Centre for Health Economics for The Lancet Commission on AI found gaps, said Dr Ana Costa.',
      ),
    );
    expect(seed.names('org:')).toContain('Centre for Health Economics');
  });
});

describe('events', () => {
  it('"public defence" of a policy, "lecture" as a verb and a lecture theatre are no events', async () => {
    for (const body of [
      'Dr Anna Berg welcomed the public defence investment plan adopted on 3 March.',
      'Brussels should not lecture national health systems, Dr Anna Berg said at a press briefing on 3 March.',
    ])
      expect(events(await draftOf(dated(body))).map((e) => e.name)).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/defence|Lecture/i)]),
      );
    const theatre = await draftOf(
      dated(
        'The info session on 3 March, held in the Erasmus Lecture Theatre, was opened by Dr Anna Berg.',
      ),
    );
    expect(events(theatre).map((e) => e.name)).not.toContain('Erasmus Lecture');
  });

  it('a lecture in a clause about someone does not name the event the sentence reports', async () => {
    const seed = await draftOf(
      dated(
        'Dr Anna Berg, who delivered the Vesalius Lecture last year, opened the EHDS Forum on 3 March.',
      ),
    );
    expect(events(seed).map((e) => e.name)).toEqual(['EHDS Forum']);
  });

  it('a forum someone chairs is a body, not an event the text reports', async () => {
    const seed = await draftOf(
      dated(
        'Not everyone is convinced. Cllr Declan Moroney, who chairs the Regional Health Forum West, said he would ask the HSE who owns the twin.',
      ),
    );
    expect(events(seed)).toEqual([]);
  });

  it('"the 10th edition", "the 25th anniversary" of next or last month are no days', async () => {
    const seed = await draftOf(
      dated(
        'Last month, on the 25th anniversary of the Charter, ministers met in Brussels, said Dr Ana Costa.',
      ),
    );
    expect(events(seed).map((e) => e.date)).not.toContain('2026-02-25');
  });

  it("a graph event named by the initials of the text's name is the same event", async () => {
    const known = { id: 'event:x', label: 'Event' as const, name: 'EHDS Forum 2026', aliases: [] };
    const facts = (named: string) => ({ named, date: '2026-03-03' }) as unknown as EventFacts;
    const on = () => Promise.resolve(known);
    expect((await knownEvents([facts('European Health Data Space Forum')], on))[0]).toBe(known);
    expect((await knownEvents([facts('HealthTech Europe Forum')], on))[0]).toBeUndefined();
  });
});

describe('documents and figures', () => {
  it('"According to the report, <a clause>, which …" names no document', async () => {
    const seed = await draftOf(
      dated(
        'According to the report, Member States spend less than 1% of health budgets on digital tools, which Dr Anna Berg calls insufficient.',
      ),
    );
    expect(seed.names('doc:')).toEqual([]);
  });

  it('a price range in euros is a figure, not a time', async () => {
    const seed = await draftOf(
      dated('Dr Anna Berg said prices rose from 1.20–1.45 euros per test.'),
    );
    expect(seed.yaml).toMatch(/figure: "1\.45 euros"/);
  });
});
