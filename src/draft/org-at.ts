/**
 * The organisation whose name starts at a token: known, already proposed, or a new one proposed
 * from the capitalised run there, with the checks a curator reads.
 */
import type { DraftBuilder, DraftEntity } from './draft-builder.js';
import type { Gazetteer } from './gazetteer.js';
import { afterAcademicTitle, BOARD_MEMBERS, GENERIC_HEAD, isCountryCode } from './generic-orgs.js';
import { isOrgLike, type Mention, type OrgAtOptions } from './mention.js';
import { closeToKnown } from './name-checks.js';
import { orgBeforeHead, orgEndingWith, orgHeadedBy, orgInPlace } from './name-forms.js';
import { ordinarySpelling } from './as-text-spells.js';
import { capitalRunTo, orgRun, type NameRun } from './name-runs.js';
import { notAnOrgRun } from './not-org-runs.js';
import { orgKindOf } from './org-kind.js';
import { inPostPortfolio, postOfField } from './post-fields.js';
import { countryNamed, countryOfDemonym } from './countries.js';
import { foldedWords, type Token } from './tokens.js';
import { CITIES, isNationality, NOT_NAME_WORDS, ORG_CONNECTORS } from './vocabulary.js';

/** What the mentions found so far: `orgAt` reads and extends it. */
export interface MentionState {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly gaz: Gazetteer;
  readonly builder: DraftBuilder;
  /** Tokens inside a mention already. */
  readonly covered: Set<number>;
  readonly all: Mention[];
  readonly knownAt: Map<number, Mention>;
  readonly proposedAt: Map<number, Mention>;
}

const KIND_GUESSED = 'kind guessed: nothing in the name says what it is';

export function orgFinder(s: MentionState) {
  const { text, tokens } = s;
  const orgAt = (i: number, options: OrgAtOptions = {}): Mention | undefined => {
    const k = s.knownAt.get(i) ?? s.proposedAt.get(i);
    // ("Chair of the ESCM Policy Committee": the body of the organisation, not the organisation)
    const body = k && isOrgLike(k) ? bodyAfter(s, k) : undefined;
    if (body !== undefined) return orgAt(body, options);
    if (k) return isOrgLike(k) ? k : undefined;
    const ending = options.untypedIfEndingAt;
    // "…, Brussels correspondent, Baltic Policy Letter": the whole line's end, "Policy" and all
    const run =
      (ending !== undefined ? capitalRunTo(text, tokens, i, ending, s.covered) : undefined) ??
      orgRun(text, tokens, i, s.covered);
    if (run && GENERIC_HEAD.test(tokens[i]!.raw) && tokens[i + 1]?.raw === 'of') {
      // "Board of X": X; "Board of Directors of SPMS": SPMS (no "Directors")
      const j = afterOf(tokens, i);
      if (BOARD_MEMBERS.test(tokens[j]?.raw ?? ''))
        return tokens[j + 1]?.raw === 'of' ? orgAt(afterOf(tokens, j), options) : undefined;
      const inner = orgAt(j, options);
      // (a heading's whole line is the body: "Cabinet of the Minister")
      if (inner || ending === undefined) return inner;
    }
    if (!run) return undefined;
    // ("Scientific Council" is any body's; "ERC Scientific Council" one's)
    const named = withOwnerPrefix(s, withMepPrefix(text, tokens, run));
    if (notAnOrgRun(text, tokens, named, s.gaz)) return undefined;
    return propose(i, named, options);
  };
  const propose = (i: number, run: NameRun, options: OrgAtOptions) => {
    if (isCountryCode(text, run.start, run.end)) return undefined;
    const entity = proposedOrg(s, run, options);
    if (!entity) return undefined;
    const mention = { entity, first: run.first, last: run.last, start: run.start, end: run.end };
    s.all.push(mention);
    s.proposedAt.set(i, mention);
    return mention;
  };
  return orgAt;
}

/** The token after "of" or "of the" (token i is the head before "of"). */
const afterOf = (tokens: readonly Token[], i: number): number =>
  i + (tokens[i + 2]?.raw === 'the' ? 3 : 2);

/** The entity a run names: one named before, or a new organisation (none for a post's field). */
function proposedOrg(s: MentionState, run: NameRun, options: OrgAtOptions) {
  const { text, tokens } = s;
  const ending = options.untypedIfEndingAt;
  // (what the text calls it where it first names it: "the patient organisation X")
  const firstAt = text.indexOf(run.text);
  const { kind, guessed } = orgKindOf(
    run.text,
    text.slice(Math.max(0, firstAt - 40), firstAt < 0 ? run.start : firstAt),
  );
  // "at the European <Health and Digital Executive Agency>": one word before a known name
  const nextTo = tokens[run.last] && text.slice(run.end, tokens[run.last]!.start) === ' ';
  if (guessed && run.last - run.first === 1 && s.covered.has(run.last) && nextTo) return undefined;
  // "at São Vicente": the hospital named before; "the Interest Group": the one named in full
  const headed = orgHeadedBy(s.all, run.text);
  const named =
    orgEndingWith(s.all, run.text) ??
    (headed && !placeBeside(text, run, headed.name) ? headed : undefined);
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
  // ("Councillor for Science, University and Knowledge Society": a post's portfolio, typed or not)
  if (!named && inPostPortfolio(text, run.start, run.end)) return undefined;
  if (field || (guessed && options.newOnlyIfTyped && !named && !ends)) return undefined;
  // ("eHEALTH NETWORK" in a heading, "the eHealth Network" below: the text's ordinary spelling)
  const spelled = run.text.includes(' ') ? ordinarySpelling(text, run.text) : undefined;
  // ("at St James's", after "St James's Hospital": that one, when no other reading refused it)
  const entity =
    named ??
    orgBeforeHead(s.all, run.text) ??
    orgInPlace(s.builder.entities.values(), run.text) ??
    s.builder.propose('Organisation', spelled ?? run.text, { kind });
  // (named first without a word for what it is, then "the patient organisation X": that kind)
  const unsure = entity.checks.indexOf(KIND_GUESSED);
  if (!guessed && unsure >= 0 && !entity.known) {
    entity.fields.kind = kind;
    entity.checks.splice(unsure, 1);
  }
  if (!entity.checks.length) noteNewOrg(s, entity, run, guessed);
  return entity;
}

function noteNewOrg(s: MentionState, entity: DraftEntity, run: NameRun, guessed: boolean) {
  entity.checks.push(...closeToKnown(run.text, s.gaz), 'new organisation');
  if (guessed) entity.checks.push(KIND_GUESSED);
  // "Semmelweis University in Budapest" is located; "Czech Technical University in Prague" named
  const place = /^\s+in\s+(\p{Lu}[\p{L}-]+)/u.exec(s.text.slice(run.end, run.end + 40));
  if (place && /univers/i.test(run.text))
    entity.checks.push(
      `the text goes on "in ${place[1]}": add it to the name if it is part of it (as in "Czech Technical University in Prague")`,
    );
}

/** "MEP Interest Group on …", "MEPs Against Cancer": the members' word opens a group's name. */
const TOPIC_GROUP =
  /\b(?:Interest\s+Group|Intergroup|Alliance|Network|Forum|Caucus|Coalition)\b|\bGroup\s+(?:on|for)\b/;

function withMepPrefix(text: string, tokens: readonly Token[], run: NameRun): NameRun {
  const prev = tokens[run.first - 1];
  if (!prev || !/^MEPs?$/.test(prev.raw) || text.slice(prev.end, run.start) !== ' ') return run;
  // (a topic's group, not a political group: "an MEP Greens/EFA Group delegate")
  if (!TOPIC_GROUP.test(run.text)) return run;
  return { ...run, first: run.first - 1, start: prev.start, text: text.slice(prev.start, run.end) };
}

/**
 * A body with a name of its own: "Policy Committee", "Scientific Board" (not "the APDS Board", the
 * organisation's own board).
 */
const BODY_HEAD =
  /^(?:\p{Lu}[\p{L}-]*\s+(?:(?:and|&)\s+)?){1,3}(?:Committee|Board|Council|Secretariat|Task\s+Force|Group|Panel)$/u;

/** The token where a body of organisation k is named after its acronym ("ESCM Policy Committee"). */
function bodyAfter(s: MentionState, k: Mention): number | undefined {
  if (k.last !== k.first + 1) return undefined;
  const run = orgRun(s.text, s.tokens, k.last, s.covered);
  return run && run.first === k.last && namesBody(s, run) ? k.last : undefined;
}

/** The run, right after an acronym and one space, is a body's own name ("ESCM Policy Committee"). */
function namesBody(s: MentionState, run: NameRun): boolean {
  const acronym = s.tokens[run.first - 1];
  return (
    acronym !== undefined &&
    /^\p{Lu}{2,}$/u.test(acronym.raw) &&
    s.text.slice(acronym.end, run.start) === ' ' &&
    BODY_HEAD.test(run.text)
  );
}

/** "Policy Committee" right after "ESCM", an organisation's acronym: "ESCM Policy Committee". */
function withOwnerPrefix(s: MentionState, run: NameRun): NameRun {
  const prev = s.tokens[run.first - 1];
  const owner = s.knownAt.get(run.first - 1) ?? s.proposedAt.get(run.first - 1);
  // (an acronym the text does not expand names its body too: "the ERC Scientific Council")
  if (!prev || !owner || !isOrgLike(owner) || !namesBody(s, run)) return run;
  // (an institution's prefix, not its body's name: "the EC Health Security Committee")
  if (/^(?:EU|EC|EP|UN|WHO|OECD)$/.test(prev.raw)) return run;
  return {
    ...run,
    first: run.first - 1,
    start: prev.start,
    text: s.text.slice(prev.start, run.end),
  };
}

/**
 * "Meanwhile in Latvia, the Ministry of Health …", "the Ministry of Health in Dublin": a place
 * beside the short name that the full name before does not hold, so another body.
 */
function placeBeside(text: string, run: NameRun, fullName: string): boolean {
  const full = ` ${foldedWords(fullName).join(' ')} `;
  const near = text.slice(Math.max(0, run.start - 60), run.end + 30);
  return [...near.matchAll(/\p{Lu}[\p{L}-]+/gu)].some((m) => {
    const w = m[0].toLowerCase();
    // ("© Lithuanian Presidency" after "… of the Republic of Lithuania": that country's word)
    const country = countryOfDemonym(m[0])?.name;
    const place =
      countryNamed(m[0]) !== undefined || CITIES.has(w) || (isNationality(w) && w !== 'european');
    const inName = (n: string) => full.includes(` ${foldedWords(n).join(' ')} `);
    return place && !inName(m[0]) && !(country && inName(country));
  });
}
