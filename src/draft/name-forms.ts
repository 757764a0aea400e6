import type { DraftEntity } from './draft-builder.js';
import { hasLegalForm, withoutForm } from './legal-forms.js';
import type { Mention } from './mentions.js';
import { foldedWords, type Token } from './tokens.js';
import { allCommon } from './person-cues.js';
import { isCityOrCountry } from './places.js';
import {
  CITIES,
  COUNTRIES,
  NOT_NAME_WORDS,
  ORG_HEADS,
  ORG_WORDS,
  ROLE_WORDS,
  STOP_WORDS,
} from './vocabulary.js';

/** Names written again shorter: a surname, a company without its legal form, the end of a name. */

/**
 * "Oncosim SAS" then "Oncosim's chief executive": a new company named again without its legal
 * form, or by its own first word ("Helvion").
 */
export function withoutLegalForm(
  tokens: readonly Token[],
  proposed: readonly Mention[],
  covered: Set<number>,
): Mention[] {
  const out: Mention[] = [];
  for (const org of proposed) {
    if (!hasLegalForm(org.entity.name)) {
      // "start-up Synthelix", then "Synthelix co-founder X": a name proposed once is found again
      out.push(...stemAt(tokens, foldedWords(org.entity.name), org, covered));
      continue;
    }
    const full = withoutForm(org.entity.name);
    // "Helvion" for "Helvion Twin Technologies B.V.": a company's own first word, when distinctive
    const own = full.length > 1 && distinctive(full[0]!) ? [[full[0]!]] : [];
    for (const stem of [full, ...own]) out.push(...stemAt(tokens, stem, org, covered));
  }
  return out;
}

const distinctive = (word: string): boolean =>
  word.length >= 4 &&
  ![ORG_WORDS, ORG_HEADS, NOT_NAME_WORDS, COUNTRIES, CITIES, STOP_WORDS, ROLE_WORDS].some((s) =>
    s.has(word),
  );

function stemAt(
  tokens: readonly Token[],
  stem: readonly string[],
  org: Mention,
  covered: Set<number>,
): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i + stem.length <= tokens.length; i++) {
    const span = tokens.slice(i, i + stem.length);
    if (!span[0]!.cap || span.some((t, k) => covered.has(i + k) || t.fold !== stem[k])) continue;
    const next = tokens[i + stem.length];
    const joined = next !== undefined && next.start - span.at(-1)!.end === 1;
    if (joined && next.cap && !covered.has(i + stem.length)) continue; // a longer name
    // "Ingrid Holm, CEO, Holm Analytics AS": a one-word short form after a name is its surname
    const prev = tokens[i - 1];
    // (not after a year: "2018–2021⏎Virtuome was founded …")
    if (
      stem.length === 1 &&
      prev?.cap &&
      /^\p{L}/u.test(prev.raw) &&
      span[0]!.start - prev.end === 1
    )
      continue;
    for (let k = 0; k < stem.length; k++) covered.add(i + k);
    const [start, end] = [span[0]!.start, span.at(-1)!.end];
    out.push({ entity: org.entity, first: i, last: i + stem.length, start, end });
  }
  return out;
}

/** An organisation named earlier whose name ends with these words (a short form of it). */
export function orgEndingWith(all: readonly Mention[], name: string): DraftEntity | undefined {
  const words = foldedWords(name).join(' ');
  const orgs = new Set(all.filter((m) => m.entity.label === 'Organisation').map((m) => m.entity));
  // one word only after "of", "de"… ("Bologna" of "University of Bologna"), never "Technology" of
  // "…, Content and Technology" (a word of a job title)
  const ends = (f: string): boolean => {
    // (the organisation's whole name: "Chief Medical Officer, Synthelia Bio" where the text says
    // elsewhere "Synthelia Bio, a Lyon-based start-up")
    if (f === words && words.includes(' ')) return true;
    if (!f.endsWith(` ${words}`)) return false;
    // ("Health" of "Ministry of Health": a subject's word names no organisation by itself)
    if (words.split(' ').every((w) => NOT_NAME_WORDS.has(w))) return false;
    return (
      words.includes(' ') ||
      PLACE_LINKS.has(
        f
          .slice(0, -words.length - 1)
          .split(' ')
          .at(-1)!,
      )
    );
  };
  return [...orgs].find((e) => ends(folded(e)));
}

/**
 * "the Interest Group" after "the MEP Interest Group on Digital Health & AI": the one organisation
 * named earlier whose name opens with these words (two or more) before "on", "for" or "of".
 */
export function orgHeadedBy(all: readonly Mention[], name: string): DraftEntity | undefined {
  const words = foldedWords(name).join(' ');
  if (!words.includes(' ') || words.split(' ').every((w) => NOT_NAME_WORDS.has(w)))
    return undefined;
  const heads = (f: string) => new RegExp(`(?:^| )${words} (?:on|for|of) `).test(f);
  const orgs = new Set(
    all
      .filter((m) => m.entity.label === 'Organisation' && heads(folded(m.entity)))
      .map((m) => m.entity),
  );
  return orgs.size === 1 ? [...orgs][0] : undefined;
}

/**
 * "Embassy of the Kingdom of the Netherlands, Vasileos …" after "Embassy of the Kingdom of the
 * Netherlands in Athens": the body the text names with its city.
 */
export function orgInPlace(entities: Iterable<DraftEntity>, name: string): DraftEntity | undefined {
  const words = foldedWords(name).join(' ');
  if (!words.includes(' ')) return undefined;
  return [...entities].find(
    (e) => e.label === 'Organisation' && /^ (.+) in \S+$/.exec(folded(e))?.[1] === words,
  );
}

/**
 * "consultant cardiologist at St James's", after "St James's Hospital": the one organisation named
 * with these words and one head word after them (a hospital, a university …).
 */
export function orgBeforeHead(all: readonly Mention[], name: string): DraftEntity | undefined {
  const words = foldedWords(name).join(' ');
  // (a possessive's name, two words at least: "St James's", "Guy's"; not "Novo Nordisk" of "Novo
  // Nordisk Foundation", "Johns Hopkins" of "… Hospital": a company, a university of their own)
  if (!/['’]s?$/.test(name) || !words.includes(' ') || allCommon(name)) return undefined;
  // (not a place: "in Ghent" is the city, whatever "Ghent University" the text names)
  // (nor a name with a head of its own: "Ghent University" is not "Ghent University Hospital")
  if (isCityOrCountry(words) || ORG_HEADS.has(words.split(' ').at(-1)!)) return undefined;
  // (folded names open with a space)
  const before = (f: string) =>
    f.startsWith(` ${words} `) && ORG_HEADS.has(f.slice(words.length + 2));
  const orgs = new Set(
    all
      .filter((m) => m.entity.label === 'Organisation' && before(folded(m.entity)))
      .map((m) => m.entity),
  );
  return orgs.size === 1 ? [...orgs][0] : undefined;
}

const PLACE_LINKS = new Set([
  'of',
  'de',
  'di',
  'do',
  'da',
  'du',
  'del',
  'della',
  'von',
  'van',
  'in',
]);

/** An entity's name, folded, with a space before (computed once per entity). */
const foldedNames = new WeakMap<DraftEntity, string>();
function folded(e: DraftEntity): string {
  let f = foldedNames.get(e);
  if (f === undefined) foldedNames.set(e, (f = ` ${foldedWords(e.name).join(' ')}`));
  return f;
}
