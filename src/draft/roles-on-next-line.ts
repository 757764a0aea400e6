import type { Affiliation } from './affiliations.js';
import { appositive, type AppositiveInput } from './appositive.js';
import { isTitle } from './job-titles.js';
import { opensItem } from './text-lines.js';

/**
 * "Prof. Liesbet Geris⏎Executive Director, VPH Institute | Professor, Université de Liège and KU
 * Leuven": a speakers page's line of titles under a name alone on its line ("(tbc)" aside), each
 * part between bars a title and its organisations.
 */
export function rolesOnNextLine(
  input: Omit<AppositiveInput, 'at' | 'until'>,
  after: string,
): Affiliation[] | undefined {
  // (a profile's "Sofia Marangoni, PhD • 2nd": degrees and the connection's degree after the name)
  const m =
    /^(?:[ \t]*\([^)\n]{1,20}\))?(?:,[ \t]*(?:PhD|Ph\.D\.|MD|MSc|MBA|MPH)\b)*(?:[ \t]*[•·][ \t]*(?:1st|2nd|3rd\+?))?[ \t]*\n[ \t]*([^\n]{2,300})/.exec(
      after,
    );
  // (the name alone on its line, not "Photo: X"; a line of titles, not a caption's sentence)
  if (!m || !opensItem(input.text, input.from) || /[.!?]\s*$/.test(m[1]!)) return undefined;
  if (!isTitle(m[1]!.split(/[,|]/)[0]!)) return undefined;
  const line = input.p.end + m[0].length - m[1]!.length;
  return [...m[1]!.matchAll(/[^|]+/g)].flatMap((part) => {
    const lead = part[0].length - part[0].trimStart().length;
    const at = line + part.index + lead;
    return appositive({ ...input, at, until: line + part.index + part[0].trimEnd().length });
  });
}
