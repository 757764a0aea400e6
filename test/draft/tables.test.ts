import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// A table of meetings copied from a register (blind round 73, issue 22): each row with a day is
// one meeting, named from who met whom; a footnote's "postponed from" day is no event.

const { draftOf, role } = articleDrafter('pg-draft-tables-');

const register = [
  'Meetings of Dr Ana Costa and her Cabinet',
  'Date of meeting\tLocation\tMember / Cabinet member(s)\tEntity/ies met\tSubject(s)',
  '19/11/2025\tBrussels\tAna Costa (Commissioner)\tAgence Exemple; Charles University\tVirtual twins in medicines development',
  '06/11/2025\tVideo-conference\tRui Marques (Member of Cabinet)\tNordic Twin Alliance\tResults of the twin platform',
  '',
  '* Meeting postponed from 15/10/2025 at the request of the organisation.',
].join('\n');

describe('a table of meetings', () => {
  it('takes each dated row for a meeting, named from its member and the entities met', async () => {
    const seed = await draftOf(register);
    expect(events(seed).map((e) => [e.name, e.date, e.city])).toEqual([
      ['Meeting of Ana Costa with Agence Exemple and Charles University', '2025-11-19', 'Brussels'],
      ['Meeting of Rui Marques with Nordic Twin Alliance', '2025-11-06', undefined],
    ]);
  });

  it('reads the cells as "| "-separated too, and no table without a date column', async () => {
    const piped = register.replace(/\t/g, ' | ');
    expect(events(await draftOf(piped)).map((e) => e.date)).toEqual(['2025-11-19', '2025-11-06']);
    const noDates = register.replace('Date of meeting', 'Reference');
    expect(events(await draftOf(noDates)).map((e) => e.name)).not.toContain(
      'Meeting of Ana Costa with Agence Exemple and Charles University',
    );
  });
});

// A team's line above the register: the office before the colon, each "name, title" a role there.
describe("a team's line", () => {
  it('gives each name its title at the cabinet the line opens with', async () => {
    const seed = await draftOf(
      'Cabinet of Commissioner Olivér Várhelyi: Ilona Brandt, Head of Cabinet; Marek Zieliński, Deputy Head of Cabinet; Tomás Ferreira Gil, Member of Cabinet (health data)',
    );
    const cabinet = 'org:cabinet-of-commissioner-oliver-varhelyi';
    expect(role(seed, 'person:ilona-brandt', cabinet)?.title).toBe('Head of Cabinet');
    expect(role(seed, 'person:tomas-ferreira-gil', cabinet)?.title).toBe('Member of Cabinet');
  });
});
