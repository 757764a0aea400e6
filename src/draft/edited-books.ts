import type { SmallLetterWork } from './small-letter-documents.js';

/**
 * A book named by its launch or its editors: "the launch of Digital Twins of the Human Body: Health
 * Data, Law and Governance in the European Health Data Space, edited by Dr X" or a page's heading
 * "BOOK LAUNCH | Digital Twins of the Human Body: …". The title runs from its first capital to the
 * comma before "edited by" (or the heading's end).
 */
/** (no full stop inside: "… the launch of EHDS4Research. Participants also discussed …") */
const TITLE = String.raw`(\p{Lu}(?:(?![.!?]\s)[^\n"“”()]){5,200}?)`;
const BY_EDITORS = new RegExp(
  String.raw`\b(?:launch of|published|(?:new|the|a) (?:book|volume|handbook),?)[ \t]+(?:the[ \t]+(?:(?:book|volume)[ \t]+)?)?${TITLE},?[ \t]+(?:edited by|\((?:eds?|Hrsg)\.\))`,
  'gu',
);
const LAUNCH_HEADING = new RegExp(
  String.raw`^[ \t]*(?:BOOK LAUNCH|Book launch)[ \t]*[|:–—-][ \t]*${TITLE}[ \t]*$`,
  'gmu',
);

export function editedBooks(text: string): SmallLetterWork[] {
  return [...text.matchAll(BY_EDITORS), ...text.matchAll(LAUNCH_HEADING)].map((m) => ({
    name: m[1]!.trim(),
    kind: 'REPORT',
    head: 'book',
    start: m.index + m[0].indexOf(m[1]!),
  }));
}
