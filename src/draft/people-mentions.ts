/**
 * The people among the mentions: runs the patterns read as people (proposed, unless the run ends an
 * organisation's name or a place's), and known people named by their surname or initial.
 */
import { titleCase } from './dateline.js';
import type { Mention } from './mention.js';
import type { DraftEntity } from './draft-builder.js';
import { closeToKnown } from './name-checks.js';
import { orgEndingWith } from './name-forms.js';
import type { MentionState } from './org-at.js';
import type { PersonRun } from './people.js';
import type { KnownWord } from './surnames.js';
import { endsWithCity } from './short-names.js';
import { titledSurnames } from './surnames.js';

/**
 * "Marta QUINTELA ROCHA" → "Marta Quintela Rocha", "VAN DEN BROECK" → "Van den Broeck": a surname
 * written in capitals, as a name (its particles after the first stay small).
 */
const withoutCapitals = (name: string): string =>
  name.replace(/\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,})*/gu, (run) => titleCase(run));

const cover = (s: MentionState, m: { first: number; last: number }) => {
  for (let t = m.first; t < m.last; t++) s.covered.add(t);
};

/** The one person named in full whose surname is `surname`, if one only. */
function fullNameOf(people: readonly Mention[], surname: string): DraftEntity | undefined {
  const owners = new Set(
    people.filter((p) => p.entity.name.endsWith(` ${surname}`)).map((p) => p.entity),
  );
  return owners.size === 1 ? [...owners][0] : undefined;
}

export function addPeople(s: MentionState, people: Mention[], runs: readonly PersonRun[]) {
  for (const run of runs) {
    if (people.some((p) => p.first < run.last && run.first < p.last)) continue;
    const org = orgEndingWith(s.all, run.text);
    if (org) {
      // "Head of Cardiology at São Vicente": the end of "Hospital Universitário de São Vicente"
      const { first, last, start, end } = run;
      const mention = { entity: org, first, last, start, end };
      s.all.push(mention);
      s.proposedAt.set(run.first, mention);
      cover(s, run);
      continue;
    }
    // "Lead Partner Charité Berlin", "at Meridia Delft": a place's name (not "Dr Maria
    // Valencia", "… said X"), when only a job title or the tagger says it is a person
    if (
      /^(?:job title "|compromise|named again$)/.test(run.why) &&
      endsWithCity(s.tokens, run, s.gaz)
    )
      continue;
    // ("Tehrani-Falk, N. (2026)" under "Author⇥Tehrani-Falk, Nasrin": a surname alone, of one
    // person named in full already)
    const full = /\s/.test(run.text) ? undefined : fullNameOf(people, run.text);
    const entity = full ?? s.builder.propose('Person', withoutCapitals(run.text));
    if (!entity.checks.length)
      entity.checks.push(...closeToKnown(run.text, s.gaz), `new person (${run.why})`);
    cover(s, run);
    const { first, last, start, end, title } = run;
    people.push({ entity, first, last, start, end, title });
  }
}

/** Known people named by "Dr Surname" or "Surname, I.": referred to, with a check. */
/** (`authors`: a reference list's known authors, read before any organisation: "Hoekstra AG".) */
export function addKnownBySurname(
  s: MentionState,
  people: Mention[],
  authors: readonly KnownWord[],
) {
  const { text, tokens, gaz, covered } = s;
  const bySurname = titledSurnames(text, tokens, gaz, covered).map((m) => ({
    m,
    by: 'the surname alone',
  }));
  const byInitial = authors.map((m) => ({ m, by: 'the surname and initial' }));
  for (const { m, by } of [...bySurname, ...byInitial]) {
    const mention = { ...m, entity: s.builder.refer(m.entity, m.written) };
    const note = `"${text.slice(m.start - 20, m.end).trim()}" read as ${m.entity.name} (${m.entity.id}) by ${by}: check it is them`;
    if (!mention.entity.checks.includes(note)) mention.entity.checks.push(note);
    s.all.push(mention);
    people.push(mention);
  }
}
