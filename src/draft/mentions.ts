import { postOfField } from './post-fields.js';
import type { DraftBuilder, DraftEntity } from './draft-builder.js';
import type { Gazetteer } from './gazetteer.js';
import { findKnown, type KnownMatch } from './known-matches.js';
import { capitalRunTo, orgRun, personRuns, titleBefore } from './name-runs.js';
import { orgKindOf } from './org-kind.js';
import { findPeople, type PersonFinder } from './people.js';
import { foldedWords, tokenAt, type Token } from './tokens.js';
import { NOT_NAME_WORDS, ORG_CONNECTORS } from './vocabulary.js';
import { headedOrgRuns } from './headed-orgs.js';
import { endsWithCity, shortNames } from './short-names.js';
import { unitMentions } from './unit-mentions.js';
import { romanceOrgMentions } from './romance-names.js';
import { findUnitNames } from './unit-names.js';
import { withoutTopicsInNames } from './topics-in-names.js';
import { closeToKnown, noteUncertain } from './name-checks.js';
import { titleCase } from './dateline.js';
import { orgEndingWith, withoutLegalForm } from './name-forms.js';
import { notAnOrgRun } from './not-org-runs.js';
import { surnames, titledSurnames } from './surnames.js';
import { speakerLabels } from './speaker-labels.js';
import { askers } from './askers.js';
import { participantLists } from './participant-lists.js';
import { knownAuthors } from './reference-authors.js';
import { withCapitalsNames } from './capitals-names.js';
import { isTitle } from './job-titles.js';
import { numberedAuthors } from './numbered-affiliations.js';
import { BOARD_MEMBERS, afterAcademicTitle, GENERIC_HEAD, isCountryCode } from './generic-orgs.js';

/**
 * "Marta QUINTELA ROCHA" → "Marta Quintela Rocha", "VAN DEN BROECK" → "Van den Broeck": a surname
 * written in capitals, as a name (its particles after the first stay small).
 */
const withoutCapitals = (name: string): string =>
  name.replace(/\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,})*/gu, (run) => titleCase(run));

/** Where the text names an entity (known or proposed). */
export interface Mention {
  readonly entity: DraftEntity;
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  /** "Professor" before a person's name. */
  readonly title?: string;
}

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

export interface OrgAtOptions {
  /** Propose a new organisation only when its name says it is one ("… Institute", "… GmbH"). */
  readonly newOnlyIfTyped?: boolean;
  /** … or when the name ends at this offset (the last words of an appositive after a title). */
  readonly untypedIfEndingAt?: number;
}

/** An organisation or a project: what a person holds a role at. */
export const isOrgLike = (m: Mention): boolean =>
  ['Organisation', 'Project'].includes(m.entity.label);

const KIND_GUESSED = 'kind guessed: nothing in the name says what it is';

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
  const known = withoutTopicsInNames(text, tokens, findKnown(text, tokens, gaz), units);
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
  const proposedAt = new Map<number, Mention>();
  const orgAt = (i: number, options: OrgAtOptions = {}): Mention | undefined => {
    const k = knownAt.get(i) ?? proposedAt.get(i);
    if (k) return isOrgLike(k) ? k : undefined;
    const ending = options.untypedIfEndingAt;
    // "…, Brussels correspondent, Baltic Policy Letter": the whole line's end, "Policy" and all
    const run =
      (ending !== undefined ? capitalRunTo(text, tokens, i, ending, covered) : undefined) ??
      orgRun(text, tokens, i, covered);
    const of = run && GENERIC_HEAD.test(tokens[i]!.raw) && tokens[i + 1]?.raw === 'of';
    if (of) {
      // "Board of X": X; "Board of Directors of SPMS": SPMS (no "Directors")
      const j = i + (tokens[i + 2]?.raw === 'the' ? 3 : 2);
      if (BOARD_MEMBERS.test(tokens[j]?.raw ?? ''))
        return tokens[j + 1]?.raw === 'of'
          ? orgAt(j + (tokens[j + 2]?.raw === 'the' ? 3 : 2), options)
          : undefined;
      const inner = orgAt(j, options);
      // (a heading's whole line is the body: "Cabinet of the Minister")
      if (inner || ending === undefined) return inner;
    }
    if (!run || notAnOrgRun(text, tokens, run, gaz)) return undefined;
    if (isCountryCode(text, run.start, run.end)) return undefined;
    // (what the text calls it where it first names it: "the patient organisation X")
    const firstAt = text.indexOf(run.text);
    const { kind, guessed } = orgKindOf(
      run.text,
      text.slice(Math.max(0, firstAt - 40), firstAt < 0 ? run.start : firstAt),
    );
    // "at the European <Health and Digital Executive Agency>": one word before a known name
    const nextTo = tokens[run.last] && text.slice(run.end, tokens[run.last]!.start) === ' ';
    if (guessed && run.last - run.first === 1 && covered.has(run.last) && nextTo) return undefined;
    const named = orgEndingWith(all, run.text); // "at São Vicente": the hospital named before
    // (a name's words, not a portfolio's: "…, Tech Sovereignty, Security and Democracy")
    const ends =
      ending !== undefined &&
      /^[\s.,;]*$/.test(text.slice(run.end, ending)) &&
      tokens
        .slice(run.first, run.last)
        .some((t) => !NOT_NAME_WORDS.has(t.fold) && !ORG_CONNECTORS.has(t.raw));
    // (or a post's field: "Head of Modelling", "Director of Research")
    const field =
      guessed &&
      !named &&
      (afterAcademicTitle(text, run.start) || postOfField(text, run.start, run.text));
    if (field || (guessed && options.newOnlyIfTyped && !named && !ends)) return undefined;
    const entity = named ?? builder.propose('Organisation', run.text, { kind });
    // (named first without a word for what it is, then "the patient organisation X": that kind)
    const unsure = entity.checks.indexOf(KIND_GUESSED);
    if (!guessed && unsure >= 0 && !entity.known) {
      entity.fields.kind = kind;
      entity.checks.splice(unsure, 1);
    }
    if (!entity.checks.length) {
      entity.checks.push(...closeToKnown(run.text, gaz), 'new organisation');
      if (guessed) entity.checks.push(KIND_GUESSED);
      // "Semmelweis University in Budapest" is located; "Czech Technical University in Prague" named
      const place = /^\s+in\s+(\p{Lu}[\p{L}-]+)/u.exec(text.slice(run.end, run.end + 40));
      if (place && /univers/i.test(run.text))
        entity.checks.push(
          `the text goes on "in ${place[1]}": add it to the name if it is part of it (as in "Czech Technical University in Prague")`,
        );
    }
    const mention = { entity, first: run.first, last: run.last, start: run.start, end: run.end };
    all.push(mention);
    proposedAt.set(i, mention);
    return mention;
  };
  for (const m of unitMentions(units, tokens, gaz, builder, covered)) {
    all.push(m);
    proposedAt.set(m.first, m);
  }
  for (const m of romanceOrgMentions(text, tokens, gaz, builder, covered)) {
    all.push(m);
    proposedAt.set(m.first, m);
  }
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
  const runs = findPeople(text, tokens, personRuns(text, tokens, covered), finder, people);
  const asking = askers(text, tokens);
  const authors = numberedAuthors(text, tokens).map((a) => a.run);
  const listed = participantLists(text, tokens);
  withCapitalsNames(text, tokens, covered, gaz, builder, people);
  for (const run of [
    ...runs,
    ...speakerLabels(text, tokens, covered),
    ...asking.map((a) => a.person),
    ...authors,
    ...listed.map((p) => p.person),
  ]) {
    if (people.some((p) => p.first < run.last && run.first < p.last)) continue;
    const org = orgEndingWith(all, run.text);
    if (org) {
      // "Head of Cardiology at São Vicente": the end of "Hospital Universitário de São Vicente"
      const mention = {
        entity: org,
        first: run.first,
        last: run.last,
        start: run.start,
        end: run.end,
      };
      all.push(mention);
      proposedAt.set(run.first, mention);
      for (let t = run.first; t < run.last; t++) covered.add(t);
      continue;
    }
    // "Lead Partner Charité Berlin", "at Meridia Delft": a place's name (not "Dr Maria
    // Valencia", "… said X"), when only a job title or the tagger says it is a person
    if (/^(?:job title "|compromise|named again$)/.test(run.why) && endsWithCity(tokens, run, gaz))
      continue;
    const entity = builder.propose('Person', withoutCapitals(run.text));
    if (!entity.checks.length)
      entity.checks.push(...closeToKnown(run.text, gaz), `new person (${run.why})`);
    for (let t = run.first; t < run.last; t++) covered.add(t);
    people.push({
      entity,
      first: run.first,
      last: run.last,
      start: run.start,
      end: run.end,
      title: run.title,
    });
  }
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
  const bySurname = titledSurnames(text, tokens, gaz, covered).map((m) => ({
    m,
    by: 'the surname alone',
  }));
  const byInitial = knownAuthors(text, tokens, gaz, covered).map((m) => ({
    m,
    by: 'the surname and initial',
  }));
  for (const { m, by } of [...bySurname, ...byInitial]) {
    const mention = { ...m, entity: builder.refer(m.entity, m.written) };
    const note = `"${text.slice(m.start - 20, m.end).trim()}" read as ${m.entity.name} (${m.entity.id}) by ${by}: check it is them`;
    if (!mention.entity.checks.includes(note)) mention.entity.checks.push(note);
    all.push(mention);
    people.push(mention);
  }
  people.push(...surnames(text, tokens, people, covered));
  people.sort((a, b) => a.start - b.start);
  all.push(...people.filter((p) => !p.entity.known));
  all.sort((a, b) => a.start - b.start);
  const orgFrom = (offset: number, options?: OrgAtOptions): Mention | undefined =>
    all.find((m) => m.start === offset && isOrgLike(m)) ?? orgAt(tokenAt(tokens, offset), options);
  return { known, people, all, orgAt, orgFrom };
}
