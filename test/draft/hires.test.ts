import { describe, expect, it } from 'vitest';
import { articleDrafter, statements } from './draft-of.js';

// A company's release on a senior hire (blind round 75, issue 22): the hire's title from "joins …
// as" and "announced the appointment of … as", a short quoted name in brackets that must not pair
// with the next quote's marks, who speaks when they "called" someone something, and a project
// whose acronym's letters are not its title's.

const { draftOf, role } = articleDrafter('pg-draft-hires-');

const release = [
  'Dr. Ana Costa joins Helixa Twin Technologies as Chief Medical Officer',
  'GHENT, Belgium — January 14th, 2026 — Helixa Twin Technologies BV ("Helixa"), the Belgian developer of cardiac twins, today announced the appointment of Dr. Rui Marques as Chief Scientific Officer, effective 1 February 2026.',
  '"Ana has spent a decade showing that models belong at the bedside, not just in the lab," said Tomasz Wierzbicki.',
  'The appointment was welcomed by Prof. Liesbet Geris, Executive Director of the VPH Institute, who called Dr. Costa "one of the clinicians who kept the roadmap honest about what hospitals need."',
  'Her first priority will be TWIN-HF (Virtual Twins for Heart Failure Management), a four-year Horizon Europe project coordinated by Helixa.',
].join('\n\n');

describe("a company's release on a hire", () => {
  it('gives the title from "joins … as" and "announced the appointment of … as"', async () => {
    const seed = await draftOf(release);
    const org = 'org:helixa-twin-technologies-bv';
    expect(role(seed, 'person:ana-costa', org)?.title).toBe('Chief Medical Officer');
    expect(role(seed, 'person:rui-marques', org)?.title).toBe('Chief Scientific Officer');
  });

  it('pairs the marks of a short quoted name in brackets with each other', async () => {
    const seed = await draftOf(release);
    expect(statements(seed)).toContain(
      'Ana has spent a decade showing that models belong at the bedside, not just in the lab',
    );
    expect(statements(seed).some((s) => String(s).startsWith(')'))).toBe(false);
  });

  it('gives a quote to who "called" someone it, not to the one called', async () => {
    const seed = await draftOf(release);
    const said = seed.entities.find((e) =>
      String(e.text ?? '').startsWith('one of the clinicians'),
    );
    const by = seed.relationships.find((r) => r.type === 'MADE_BY' && r.from === said?.id);
    expect(by?.to).toBe('person:liesbet-geris');
  });

  it('takes an acronym and a title the text calls a project for a project', async () => {
    const seed = await draftOf(release);
    expect(seed.names('project:')).toContain('Virtual Twins for Heart Failure Management');
    expect(seed.names('org:')).not.toContain('TWIN-HF');
  });
});
