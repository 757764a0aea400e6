import type { DraftBuilder } from './draft-builder.js';
import type { Gazetteer } from './gazetteer.js';
import { findKnown, type KnownMatch } from './known-matches.js';
import { personRuns, titleBefore } from './name-runs.js';
import { findPeople, type PersonFinder } from './people.js';
import { foldedWords, tokenAt, type Token } from './tokens.js';
import { headedOrgRuns } from './headed-orgs.js';
import { shortNames } from './short-names.js';
import { unitMentions } from './unit-mentions.js';
import { committeeCodes, standardsCommittees } from './standards-committees.js';
import { participantMentions, participantRows } from './participant-tables.js';
import { euBodyMentions } from './eu-bodies.js';
import { parliamentMentions } from './national-parliaments.js';
import { romanceOrgMentions } from './romance-names.js';
import { findUnitNames } from './unit-names.js';
import { withoutTopicsInNames } from './topics-in-names.js';
import { noteUncertain } from './name-checks.js';
import { withoutLegalForm } from './name-forms.js';
import { surnames, titledSurnames } from './surnames.js';
import { speakerLabels } from './speaker-labels.js';
import { askers } from './askers.js';
import { participantLists } from './participant-lists.js';
import { withCapitalsNames } from './capitals-names.js';
import { isTitle } from './job-titles.js';
import { numberedAuthors } from './numbered-affiliations.js';
import { knownAuthors } from './reference-authors.js';
import { referenceAuthors } from './citations.js';
import { nameTables } from './name-tables.js';
import { splitNameRuns } from './split-names.js';

import { isOrgLike, type Mention, type OrgAtOptions } from './mention.js';
import { orgFinder } from './org-at.js';
import { orgTableMentions } from './org-tables.js';
import { addKnownBySurname, addPeople } from './people-mentions.js';

export { isOrgLike, type Mention, type OrgAtOptions };

export interface Mentions {
  readonly known: readonly KnownMatch[];
  /** People, known or proposed, in text order. */
  readonly people: Mention[];
  /** Every mention so far, in text order (organisations are added as they are used). */
  readonly all: Mention[];
  /** The organisation (known, or a proposed new one) whose name starts at token i. */
  orgAt(i: number, options?: OrgAtOptions): Mention | undefined;
  /** The organisation (known, already used, or proposed) whose name starts at this offset. */
  orgFrom(offset: number, options?: OrgAtOptions): Mention | undefined;
}

export function findMentions(
  text: string,
  tokens: readonly Token[],
  gaz: Gazetteer,
  builder: DraftBuilder,
  finder: PersonFinder,
): Mentions {
  // ("Deputy Head of Unit, European Health Data Space, DG SANTE": without a code, a name the graph
  // knows as something else, an initiative, is read as that, not as a new unit)
  const units = findUnitNames(text).filter(
    (u) =>
      u.code ||
      !gaz.byName.get(foldedWords(u.name).join(' '))?.some((e) => e.label !== 'Organisation'),
  );
  const codes = committeeCodes(text);
  const known = withoutTopicsInNames(text, tokens, findKnown(text, tokens, gaz), units).filter(
    (k) => !codes.some((c) => k.start >= c.start && k.end <= c.end),
  );
  const covered = new Set<number>();
  const all: Mention[] = [];
  const knownAt = new Map<number, Mention>();
  for (const m of known) {
    for (let t = m.first; t < m.last; t++) covered.add(t);
    const entity = builder.refer(m.entity, m.written);
    noteUncertain(entity, m);
    const title = entity.label === 'Person' ? titleBefore(text, tokens, m.first) : undefined;
    const mention = {
      entity,
      first: m.first,
      last: m.last,
      start: m.start,
      end: m.end,
      ...(title ? { title } : {}),
    };
    knownAt.set(m.first, mention);
    all.push(mention);
  }
  // (a reference list's known authors before any organisation: "Hoekstra AG" is no company)
  const authorsKnown = knownAuthors(text, tokens, gaz, covered);
  // (and the others, read as no company either: "Niederer SA")
  for (const a of referenceAuthors(text))
    for (let t = tokenAt(tokens, a.start); t < tokenAt(tokens, a.end); t++) covered.add(t);
  const proposedAt = new Map<number, Mention>();
  const state = { text, tokens, gaz, builder, covered, all, knownAt, proposedAt };
  const orgAt = orgFinder(state);
  for (const m of unitMentions(units, tokens, gaz, builder, covered)) {
    all.push(m);
    proposedAt.set(m.first, m);
  }
  for (const m of [
    ...participantMentions(participantRows(text), tokens, gaz, builder, covered),
    ...standardsCommittees(codes, tokens, gaz, builder, covered),
    ...romanceOrgMentions(text, tokens, gaz, builder, covered),
    ...parliamentMentions(text, tokens, gaz, builder, covered),
    ...euBodyMentions(text, tokens, gaz, builder, covered),
  ]) {
    all.push(m);
    proposedAt.set(m.first, m);
  }
  orgTableMentions(text, tokens, orgAt, covered, gaz);
  for (const run of headedOrgRuns(text, tokens, covered)) {
    const m = orgAt(run);
    if (m) for (let t = m.first; t < m.last; t++) covered.add(t);
  }
  for (const m of withoutLegalForm(
    tokens,
    [...new Map([...proposedAt.values()].map((m) => [m.entity, m])).values()],
    covered,
  )) {
    all.push(m);
    proposedAt.set(m.first, m);
  }
  const people: Mention[] = all.filter((m) => m.entity.label === 'Person');
  // ("Prof. A. Kowalczyk": a known person by title, initial and surname, read later, is no new
  // person written with initials)
  const runsCovered = new Set(covered);
  for (const m of titledSurnames(text, tokens, gaz, new Set(covered)))
    for (let t = m.first; t < m.last; t++) runsCovered.add(t);
  const runs = findPeople(text, tokens, personRuns(text, tokens, runsCovered), finder, people);
  const asking = askers(text, tokens);
  const authors = numberedAuthors(text, tokens).map((a) => a.run);
  const listed = participantLists(text, tokens);
  withCapitalsNames(text, tokens, covered, gaz, builder, people);
  addPeople(state, people, [
    ...runs,
    ...speakerLabels(text, tokens, covered),
    ...asking.map((a) => a.person),
    ...authors,
    ...listed.map((p) => p.person),
    ...splitNameRuns(tokens, nameTables(text)),
  ]);
  for (const { outlet } of asking)
    orgAt(tokenAt(tokens, outlet.start), { untypedIfEndingAt: outlet.end });
  for (const { after, orgAfter } of listed)
    if (orgAfter && !isTitle(after.text))
      orgAt(tokenAt(tokens, after.start), { untypedIfEndingAt: after.end });
  for (const m of shortNames(text, tokens, gaz, covered)) {
    const mention = { ...m, entity: builder.refer(m.entity, m.written) };
    knownAt.set(m.first, mention);
    all.push(mention);
  }
  addKnownBySurname(state, people, authorsKnown);
  people.push(...surnames(text, tokens, people, covered));
  people.sort((a, b) => a.start - b.start);
  all.push(...people.filter((p) => !p.entity.known));
  all.sort((a, b) => a.start - b.start);
  const orgFrom = (offset: number, options?: OrgAtOptions): Mention | undefined =>
    all.find((m) => m.start === offset && isOrgLike(m)) ?? orgAt(tokenAt(tokens, offset), options);
  return { known, people, all, orgAt, orgFrom };
}
