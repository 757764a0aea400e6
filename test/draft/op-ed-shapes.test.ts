import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// An MEP's op-ed (blind round 56, issue 22).

const { draftOf, role } = articleDrafter('pg-draft-op-ed-shapes-');

describe("an op-ed's organisations", () => {
  it("keep a body someone presides for an organisation, not the name of the hearing's event", async () => {
    const seed = await draftOf(
      "Last month, at a hearing of the Committee on Public Health (SANT) on 28 January 2026, I listened to Dr Hélène Marchetti-Okafor, president of the European Patients' Digital Forum (EPDF), put it bluntly.",
    );
    expect(seed.names('org:')).toContain("European Patients' Digital Forum");
    expect(seed.names('event:')).not.toContain("European Patients' Digital Forum");
    const person = 'person:helene-marchetti-okafor';
    expect(role(seed, person, 'org:european-patients-digital-forum')).toBeDefined();
  });

  it('read no organisation from a term of office ("under the Polish Council presidency")', async () => {
    const seed = await draftOf(
      'The Warsaw Declaration was endorsed in June 2025 under the Polish Council presidency, said Dr Ana Costa.',
    );
    expect(seed.names('org:').filter((n) => /Polish/.test(n))).toEqual([]);
  });
});

describe("an author's line at the end", () => {
  const text = [
    '"We must act before the money runs out," said Katarzyna Olejnik-Baran.',
    '',
    '"Someone has to break that loop," said Olejnik-Baran.',
    '',
    'Katarzyna Olejnik-Baran is a Member of the European Parliament (EPP, Poland), vice-chair of the Committee on Public Health.',
  ].join('\n');

  it('reads the roles of a full name given again ("X is a Member of …")', async () => {
    const seed = await draftOf(text);
    const person = 'person:katarzyna-olejnik-baran';
    expect(role(seed, person, 'org:european-parliament')?.title).toBe('Member');
    expect(role(seed, person, 'org:committee-on-public-health')).toBeDefined();
  });

  it('still gives a quote by the surname before it to that person', async () => {
    const seed = await draftOf(text);
    const quotes = seed.relationships.filter(
      (r) => r.type === 'MADE_BY' && r.to === 'person:katarzyna-olejnik-baran',
    );
    expect(quotes).toHaveLength(2);
  });
});

describe('a post with no date of its own', () => {
  it('puts a yearless day of what happened "last week" before today, not after it', async () => {
    // (a day two months from now: the nearest one, as a date parser reads it, is still to come)
    const ahead = new Date(Date.now() + 60 * 86_400_000);
    const day = ahead.toLocaleDateString('en-GB', { day: 'numeric', month: 'long' });
    const seed = await draftOf(
      `Last week (${day}) over 60 of us got together in Porto for our kick-off, hosted by the team at Centro Clínico Académico do Douro (CCAD), said Dr Ana Costa.`,
    );
    const kickOff = seed.entities.find((e) => e.id.startsWith('event:'));
    expect(String(kickOff?.date) <= new Date().toISOString().slice(0, 10)).toBe(true);
  });
});
