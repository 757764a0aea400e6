/** Job titles as the text writes them: "Director", "Head of Unit", "elected chair of" → "chair". */
import { ROLE_WORDS } from './vocabulary.js';

const TRAILING =
  /(?:[\s,–—]+(?:of|at|for|from|in|with|the|and|our|its|their|his|her|'s|’s))+[\s,–—]*$|[\s,–—]+$/i;
const DESCRIBED_ORG =
  /\s+(?:of|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)?(?:\p{Ll}+[\s-])?(?:start-?up|scale-?up|spin-?off|spin-?out|company|firm|SME|biotech|medtech|hospital|university|charity|non-profit|NGO|association)[\s,–—]*$/u;
const GENERIC_UNIT = /^(?:Unit|Sector|Department|Division|Cabinet|Directorate)$/;

/**
 * The title as a role: trailing "of the" and how it was given ("elected", "appointed as") cut;
 * "Head" before a generic unit ("Unit", "Directorate") keeps it ("Head of Unit").
 */
export function cleanTitle(raw: string, orgName: string, ofBefore: boolean): string | undefined {
  // "elected chair of", "appointed director of": the role, not how it was given
  let title = raw
    // ("CEO of Copenhagen start-up Twinsight ApS": what the organisation is, not the post)
    .replace(DESCRIBED_ORG, '')
    .replace(TRAILING, '')
    .trim()
    .replace(
      /^(?:(?:was|has been|had been)\s+)?(?:re-?elected|elected|appointed|named|nominated)\s+(?:as\s+)?(?:(?:the|its|their)\s+)?(?:new\s+)?/i,
      '',
    )
    // ("previously a research software engineer at Inria", "currently Deputy Head of Unit A.3": the
    // post, not when it was held)
    .replace(
      /^(?:previously|formerly|until recently|earlier|currently|at present)\s+(?:an?\s+|the\s+)?/i,
      '',
    );
  const orgFirst = orgName.split(/\s/)[0]!;
  if (ofBefore && GENERIC_UNIT.test(orgFirst)) title = `${title} of ${orgFirst}`;
  return isTitle(title) ? title : undefined;
}

/** A job title has a role word ("Director", "Head of Unit") and no quotation marks or brackets. */
export function isTitle(title: string): boolean {
  if (!title || title.length > 200 || /["“”()[\]]/.test(title)) return false;
  return title.split(/[^\p{L}]+/u).some((w) => ROLE_WORDS.has(w.toLowerCase()));
}

/** A part someone plays in a meeting, not a post they hold: "Rapporteur", "Moderator", "Speaker". */
export const MEETING_PART =
  /^(?:rapporteur|observer|moderator|guest|speaker|keynote(?: speaker)?|panell?ist|presenter|host|minute-?taker|(?:session|panel|track|workshop)[ -](?:co-?)?chair)s?$/i;
