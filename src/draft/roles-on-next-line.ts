import type { Affiliation } from './affiliations.js';
import { appositive, type AppositiveInput } from './appositive.js';
import { isTitle } from './job-titles.js';
import { DEGREES_AFTER_NAME } from './person-pattern-words.js';
import { isPlace } from './places.js';
import { opensItem } from './text-lines.js';

/**
 * "Prof. Liesbet Geris⏎Executive Director, VPH Institute | Professor, Université de Liège and KU
 * Leuven": a speakers page's line of titles under a name alone on its line ("(tbc)" aside), each
 * part between bars a title and its organisations.
 */
/** (a profile's "Sofia Marangoni, PhD • 2nd": degrees and the connection's degree after the name) */
const UNDER_NAME = new RegExp(
  String.raw`^(?:[ \t]*\([^)\n]{1,20}\))?(?:${DEGREES_AFTER_NAME})?(?:[ \t]*[•·][ \t]*(?:1st|2nd|3rd\+?))?[ \t]*\n[ \t]*([^\n]{2,300})`,
);

export function rolesOnNextLine(
  input: Omit<AppositiveInput, 'at' | 'until'>,
  after: string,
): Affiliation[] | undefined {
  const m = UNDER_NAME.exec(after);
  // (the name alone on its line, not "Photo: X"; a line of titles, not a caption's sentence)
  if (!m || !opensItem(input.text, input.from) || /[.!?]\s*$/.test(m[1]!)) return undefined;
  const line = input.p.end + m[0].length - m[1]!.length;
  // (or the line is a body and its places: "Paolo Ferrandi, PhD⏎Università di Bologna, Italy";
  // not a headline that opens with one, nor "European Commission, DG CONNECT")
  // (a body's name, its words capitalised but for connectors: not "Pharmaceutical legislation; …",
  // a line of someone's files, whose first word is proposed by no one)
  const nameFirst = m[1]!.split(/[,;|]/)[0]!;
  const named = nameFirst
    .split(/\s+/)
    .every(
      (w) =>
        !/^\p{Ll}/u.test(w) ||
        /^(?:of|di|de|del|della|du|des|la|le|and|for|the|der|van|von|y|e|i|für|et)$/.test(w),
    );
  const bodyLine = () => {
    if (!named) return false;
    const org = input.mentions.orgFrom(line, { newOnlyIfTyped: true });
    const rest = org ? input.text.slice(org.end, line + m[1]!.length) : undefined;
    return (
      rest !== undefined &&
      rest
        .split(/,\s*/)
        .slice(1)
        .every((p) => isPlace(p.trim(), input.gaz)) &&
      /^(?:,|\s*$)/.test(rest)
    );
  };
  if (!isTitle(m[1]!.split(/[,|]/)[0]!) && !bodyLine()) return undefined;
  const roles = [...m[1]!.matchAll(/[^|]+/g)].flatMap((part) => {
    const lead = part[0].length - part[0].trimStart().length;
    const at = line + part.index + lead;
    return appositive({ ...input, at, until: line + part.index + part[0].trimEnd().length });
  });
  return roles.length ? roles : titleOverBody(input, m[1]!.trim(), line + m[1]!.length);
}

/**
 * A letter's address block: "Ms Ursula von der Leyen⏎President⏎European Commission". The name's
 * next line is a title only, the one after it a body's name, whole; a signature's lines under it
 * that open with a body name its part, the post's ("…⏎European Commission⏎DG CONNECT – Unit H.3").
 */
function titleOverBody(
  input: Omit<AppositiveInput, 'at' | 'until'>,
  title: string,
  lineEnd: number,
): Affiliation[] {
  const next = /^\n[ \t]*(\S[^\n]{1,120}?)[ \t]*(?:\n|$)/.exec(input.text.slice(lineEnd));
  if (!next || !isTitle(title) || /,/.test(title)) return [];
  const at = lineEnd + next[0].indexOf(next[1]!);
  const first = input.mentions.orgFrom(at, { newOnlyIfTyped: true });
  if (!first || first.start !== at || first.end !== at + next[1]!.length) return [];
  let org = first;
  for (;;) {
    const below = /^\n[ \t]*(?=\S)/.exec(input.text.slice(org.end));
    const start = below ? org.end + below[0].length : -1;
    const part = below ? input.mentions.orgFrom(start, { newOnlyIfTyped: true }) : undefined;
    if (!part || part.start !== start) break;
    org = part;
  }
  return [{ person: input.p, org, title, evidence: input.text.slice(input.from, org.end) }];
}
