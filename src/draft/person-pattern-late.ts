import { listedWithOrg } from './listed-with-org.js';
import type { NameRun } from './name-runs.js';
import {
  hasOrgWord,
  hyphenSigned,
  looksLikePerson,
  PERSON_JOBS,
  someCommonName,
  titledOnNextLine,
} from './person-cues.js';
import { DEGREES_AFTER_NAME, LISTED_AFTER } from './person-pattern-words.js';
import { headsItem, lineBefore } from './text-lines.js';
import { isReportingVerb } from './vocabulary.js';
import { isTitle } from './job-titles.js';
import { afterPostPortfolio } from './post-fields.js';
import { directoryEntry, inNameField, postAuthor } from './entry-fields.js';
import { signedOff, underAttendance, underSignatureMark } from './signed-blocks.js';

/** "… were re-elected", "… was elected as": a person (or a list of them) elected to a seat. */
const ELECTED_AFTER =
  /^\s+(?:(?:and|,)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3})*(?:was|were|has\s+been|have\s+been)\s+(?:re-?elected|elected|co-?opted)\b/u;

/** A heading over a press office's people: "Press contact", "Media enquiries:". */
const CONTACT_HEADING =
  /^[ \t]*(?:Press|Media)[ \t]+(?:contacts?|enquiries|inquiries)[ \t]*:?[ \t]*$/i;

/**
 * "Press contact ⏎ Jana Wilmsen, Corporate Communications": a name opening the line under the
 * heading, before a comma or the line's end, its words a person's.
 */
function underContactHeading(text: string, run: NameRun, c: RunContext): boolean {
  if (!/^[ \t]*$/.test(c.before.slice(c.before.lastIndexOf('\n') + 1))) return false;
  if (!/^(?:,|[ \t]*(?:\n|$))/.test(c.after)) return false;
  const above = lineBefore(text, text.lastIndexOf('\n', run.start - 1));
  // (a name the tagger knows as a person's: not "Boehringer Ingelheim, Corporate Communications")
  return (
    CONTACT_HEADING.test(above) &&
    run.text.includes(' ') &&
    !someCommonName(run.text) &&
    looksLikePerson(run.text)
  );
}

/** "with Secretary General for Digital Health Dimitris Papanastasiou": a post, "for", its field. */
const POST_FOR =
  /(\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*){0,2})[ \t]+for[ \t]+(?:(?:\p{Lu}[\p{L}-]*|and|&)[ \t]+){1,6}$/u;
const afterPostFor = (before: string): boolean => {
  const post = POST_FOR.exec(before)?.[1];
  return post !== undefined && isTitle(post);
};

/** The run's surroundings that patternOf has read: the words before and after, its line. */
export interface RunContext {
  readonly before: string;
  readonly after: string;
  readonly line: string;
  readonly lineEnd: number;
}

/**
 * The cues read last, each from further away: a list's label above ("Speakers:"), "stays on
 * as", a quote after a colon, a job after "is", a verb of saying, a paragraph that quotes "she
 * says", a signature line, a list with organisations, a title on the next line.
 */
export function laterCue(text: string, run: NameRun, c: RunContext): string | undefined {
  const { before, after, line, lineEnd } = c;
  const wide = text.slice(Math.max(0, run.start - 240), run.start);
  // (the list's noun and colon first: the whole pattern backtracks over every start in the window)
  if (/:/.test(wide) && LISTED_AFTER.test(wide)) return 'listed after "authors:", "speakers:"…';
  if (/^\s+(?:stays|remains|continues)\s+(?:on\s+)?as\s/.test(after)) return '"stays on as" after';
  // ("Anneli Koskinen and Rafael Ortega Muñoz were re-elected", "X, on behalf of Y, asked …")
  if (
    (ELECTED_AFTER.test(after) || /^,\s+on\s+behalf\s+of\s+\p{Lu}/u.test(after)) &&
    !hasOrgWord(run.text) &&
    // (a first name and no common word: companies are elected and speak on behalf of others too,
    // "Sopra Steria", "Ernst Young")
    looksLikePerson(run.text) &&
    !someCommonName(run.text)
  )
    return 'elected, or speaks on behalf of a body';
  if (/^:\s*["“]/.test(after)) return 'quoted';
  if (underContactHeading(text, run, c)) return 'under a press contact heading';
  if (inNameField(run, c)) return 'a form’s "Name:" field';
  if (afterPostPortfolio(text, run.start) && !hasOrgWord(run.text) && run.text.includes(' '))
    return 'after a post and its portfolio';
  if (afterPostFor(before) && looksLikePerson(run.text) && !someCommonName(run.text))
    return 'after a post and its portfolio';
  // "Margarethe Hollweg is Chief Medical Officer of …": a job title after "is"
  const is =
    /^\s+(?:is|was|has been|became|becomes|will be|will become|serves as)\s+(?:now\s+)?(?:the\s+|an?\s+)?([^,.;]{2,60})/u.exec(
      after,
    );
  const job =
    is?.[1]!
      .split(/\s+(?:of|at|for|in)\s+/)[0]!
      .toLowerCase()
      .split(/[\s-]+/) ?? [];
  if (job.some((w) => PERSON_JOBS.has(w))) return 'job title after "is"';
  const verb = /^\s+(\p{L}+)/u.exec(after);
  if (verb && isReportingVerb(verb[1]!)) return `"${verb[1]}"`;
  // a portrait's opening: "X keeps a plastic model … “…,” she says"
  const paragraphEnd = /\n\s*\n/.exec(text.slice(run.start, run.start + 3000))?.index;
  const paragraph = text.slice(run.start, run.start + (paragraphEnd ?? 3000));
  if (
    /(?:^|\n)[ \t]*$/.test(before) &&
    /\b(?:she|he)\s+(?:says|said|adds|added|recalls|explains)\b/.test(paragraph)
  )
    return 'opens a paragraph that quotes "she says"';
  // a signature: "— Katrin Vollmer" on a line of its own
  // ("- Stichting Patiëntdata Nederland": a hyphen is a list's bullet too)
  const dash = /(?:^|\n)[ \t]*([—–-]{1,2})[ \t]*$/.exec(before)?.[1];
  if (dash && line === run.text && (dash !== '-' || hyphenSigned(text, run)))
    return 'signature line';
  // (a person's name, not "Happy Holidays", "Emergency Preparedness" or a saint's hospital)
  // ("(signed)⏎Kardia Medtech" with no formula: a first name needed)
  if (
    line === run.text &&
    !/^(?:San|Santa|Santo|Saint|Sainte|St\.?|Sankt|São)\s/.test(run.text) &&
    (((looksLikePerson(run.text) || !someCommonName(run.text)) && signedOff(text, run.start)) ||
      (looksLikePerson(run.text) && underSignatureMark(text, run.start)))
  )
    return 'signs a letter';
  if (
    /(?:^|\n|;)[ \t]*(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?[ \t]+)*$/.test(before) &&
    (looksLikePerson(run.text) || !someCommonName(run.text)) &&
    underAttendance(text, run.start)
  )
    return 'listed under "Present", "Apologies"';
  if (listedWithOrg(text, run)) return 'listed with an organisation, among others';
  // (", MD" alone may be Maryland's: "Chevy Chase, MD")
  const degrees = CREDENTIALS.exec(after)?.[0];
  if (
    degrees &&
    !/^,[ \t]*MD[ \t]*$/.test(degrees.trim()) &&
    (looksLikePerson(run.text) || !someCommonName(run.text))
  )
    return 'degrees after the name';
  // ("14:25 Next steps: … – Joanna Kowalczyk, DG RTD; AOB": a programme line's speaker after its
  // last dash, before a comma or the line's end)
  if (
    /^[ \t]*\d{1,2}[:.]\d{2}\b[^\n]*\s[–—]\s$/.test(lineBefore(text, run.start)) &&
    /^(?:,|;|[ \t]*$|[ \t]*\n)/.test(after) &&
    (looksLikePerson(run.text) || !someCommonName(run.text))
  )
    return 'a programme line’s speaker';
  if (
    // ("Katarzyna Nowak • 2nd": a network's connection degree after a post's author)
    headsItem(text, run.start, run.start + run.text.length, DEGREE) &&
    titledOnNextLine(text, run.text, lineEnd < 0 ? text.length : lineEnd)
  )
    return 'a title on the next line';
  if (directoryEntry(text, run, c)) return 'a directory entry over a phone line';
  if (postAuthor(text, run, c)) return 'a post’s author over its time';
  return undefined;
}

/** A person's degrees after the name and a comma: ", MD PhD", ", PhD, FESC" (the line's end). */
const CREDENTIALS = new RegExp(String.raw`^${DEGREES_AFTER_NAME}[ \t]*(?:\n|$)`);

const DEGREE = /^\s*(?:[•·]\s*(?:[1-3](?:st|nd|rd)\+?)?\s*)?$/;
