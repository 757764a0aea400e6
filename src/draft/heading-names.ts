/**
 * A profile's heading: the name in capitals on its own line, a title maybe, over the post line —
 * "PROF. TIAGO MENDES ALBUQUERQUE ⏎ Professor of Biomedical Engineering, University of Coimbra",
 * "KATARZYNA (KASIA) WRÓBLEWSKA ⏎ Health & Tech Editor, Brussels Health Ledger". The person is
 * named as the graph writes names ("Tiago Mendes Albuquerque"); a nickname in brackets is left out.
 */
import type { CapitalsName } from './capitals-names.js';
import { titleCase } from './dateline.js';
import { escapeRegExp } from './regex-escape.js';
import type { Gazetteer } from './gazetteer.js';
import { isTitle } from './job-titles.js';
import { runOf } from './name-runs.js';
import { hasOrgWord, looksLikePerson, someCommonName } from './person-cues.js';
import { isPlace } from './places.js';
import { foldedWords, tokenAt, type Token } from './tokens.js';
import { PERSONAL_TITLES } from './vocabulary.js';

const WORD = String.raw`\p{Lu}[\p{Lu}'’-]*\p{Lu}`;
/** A title in capitals: "PROF.", "DR". */
const TITLE = String.raw`(?:${[...PERSONAL_TITLES].map((t) => t.toUpperCase()).join('|')})\.?`;
const HEADING = new RegExp(
  String.raw`^[ \t]*(?:${TITLE}[ \t]+)*(${WORD}(?:[ \t]+\(${WORD}\))?(?:[ \t]+${WORD}){1,3})[ \t]*\n([^\n]+)`,
  'gmu',
);

/** The profile's next lines name the person by a word of the heading (a nickname too). */
function namedBelow(text: string, from: number, written: string): boolean {
  const below = text.slice(from, from + 800);
  const words = written
    .replace(/[()]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length >= 3)
    .map((w) => titleCase(w));
  // (alone, as a profile names its person, "Tiago trained …": not the heading's name again,
  // "Novo Nordisk joined …")
  const alone = (w: string) =>
    new RegExp(
      `(?<![\\p{L}'’-]|\\p{Lu}\\p{L}* )${escapeRegExp(w)}(?![\\p{L}'’-]| \\p{Lu})`,
      'u',
    ).test(below);
  // (its first word, the given name, and a person's pronoun: "Tiago trained … He led …"; not a
  // region's or a project's heading, "Trentino has piloted …", "Pathways for early …")
  const pronoun = /\b(?:[Ss]he|[Hh]e|[Hh]er|[Hh]is)\b/.test(below.slice(0, 400));
  // (or the nickname in brackets: "KATARZYNA (KASIA) WRÓBLEWSKA" ⏎ … "Kasia has covered …")
  const nickname = /\(([^()]+)\)/.exec(written)?.[1];
  const given = [words[0]!, ...(nickname ? [titleCase(nickname)] : [])];
  return given.some(alone) && (pronoun || looksLikePerson(titleCase(written)));
}

export function headingNames(
  text: string,
  tokens: readonly Token[],
  gaz: Gazetteer,
): CapitalsName[] {
  return [...text.matchAll(HEADING)].flatMap((m) => {
    const written = m[1]!;
    const name = titleCase(written.replace(/[ \t]+\([^()]*\)/, ''));
    const post = m[2]!.split(/[ \t]*(?:,|\||[ \t][–—-][ \t])[ \t]*/)[0]!;
    const above = text.slice(0, m.index).match(/([^\n]*)\n?$/)?.[1] ?? '';
    // (or a signature: a title, the name in capitals, the post alone on the line under it, "DR
    // ROBERTA MIFSUD BONNICI ⏎ Permanent Secretary ⏎ Ministry for Health")
    // (not "DR ALFRED CUSCHIERI LECTURE ⏎ Chair": a lecture named after someone)
    const signature =
      !m[0].trimStart().startsWith(written) && isTitle(m[2]!.trim()) && !someCommonName(name);
    if (above.trim() || !isTitle(post) || (m[2]!.trim() === post.trim() && !signature)) return [];
    // (a person's words, or a name the tagger knows, "Tiago Mendes Albuquerque"; not "ABOUT THE
    // SPEAKER", "CURRENT POSITIONS" over a post)
    if (!looksLikePerson(name) && someCommonName(name)) return [];
    if (hasOrgWord(name) || isPlace(name, gaz)) return [];
    // (a profile: the text under it names them again, "Tiago trained as …", "Kasia has covered …";
    // not a partner's or a region's heading, "FRAUNHOFER MEVIS ⏎ Partner, Bremen, Germany")
    if (!signature && !namedBelow(text, m.index + m[0].length, written)) return [];
    const start = m.index + m[0].indexOf(written);
    const [first, last] = [tokenAt(tokens, start), tokenAt(tokens, start + written.length)];
    const known = gaz.byName.get(foldedWords(name).join(' '))?.find((e) => e.label === 'Person');
    const run = { ...runOf(text, tokens, first, last), why: 'a profile’s heading in capitals' };
    return [{ run, name, ...(known ? { known } : {}) }];
  });
}
