/**
 * A publication list whose entries say their type in brackets first: "[Journal article] Castaño
 * Robles I, Jirsa VK. Towards virtual brain twins in psychiatry. Frontiers in Psychiatry. 2024;…",
 * "[Dataset] … LNCC-SCZ-212: harmonised … of 212 patients. Zenodo. 2025.", "[Deliverable] VBT
 * Consortium. D3.2 Clinical data pipeline specification. …". The type is the cue, so the venue may
 * be anything: the title is the sentence after the authors (a question's subtitle with it: "…
 * Data Space? A readiness survey …"), its kind the type's.
 */
import type { SmallLetterWork } from './small-letter-documents.js';

/** The bracketed type → the document's kind (a type not listed, "[Software]", gives none). */
const KINDS: readonly [RegExp, string][] = [
  [
    /^(?:journal\s+)?(?:article|paper)$|^preprint$|^conference(?:\s+paper)?$|^book\s+chapter$/i,
    'ARTICLE',
  ],
  [/^data(?:set)?$/i, 'DATASET'],
  [/^(?:project\s+)?deliverable$/i, 'DELIVERABLE'],
  [/^(?:policy(?:\s+brief)?|position\s+paper|consultation\s+response)$/i, 'POLICY_BRIEF'],
  [/^(?:report|book|working\s+paper|white\s+paper)$/i, 'REPORT'],
];

/** "Castaño Robles I", "Jirsa VK": a surname of one to three words and initials. */
const PERSON = String.raw`\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*){0,2}[ \t]+\p{Lu}{1,3}`;
/** "VBT Consortium", "the EDITH Group": a group as author. */
const GROUP = String.raw`(?:[\p{Lu}][\p{L}-]*[ \t]+){1,3}(?:Consortium|Group|Network|Collaboration|Team)`;
const AUTHORS = String.raw`(?:${PERSON}(?:,[ \t]+${PERSON})*(?:,?[ \t]+et[ \t]+al)?(?:,[ \t]+on[ \t]+behalf[ \t]+of[ \t]+[^.\n]{2,60})?(?:[ \t]+\((?:eds?|Hrsg)\.?\))?|${GROUP})`;

const ENTRY = new RegExp(
  String.raw`^[ \t]*\[([\p{L} ]{3,30})\][ \t]+${AUTHORS}\.[ \t]+([^\n]{8,250}?[^\s.])(?:[.?!](?=[ \t]+\S|[ \t]*$)(?<!\?(?=[ \t]+(?:A|An|The)[ \t]))|,[ \t]+(?=\d{1,2}[ \t]+\p{L}+[ \t]+\d{4}))`,
  'gmu',
);

export function typedPublications(text: string): SmallLetterWork[] {
  return [...text.matchAll(ENTRY)].flatMap((m) => {
    const kind = KINDS.find(([re]) => re.test(m[1]!.trim()))?.[1];
    const name = m[2]!.trim();
    if (!kind || name.split(/\s+/).length < 3) return [];
    const start = m.index + m[0].lastIndexOf(name);
    return [{ name, kind, head: kind.toLowerCase().replace('_', ' '), start }];
  });
}

/** Each typed entry's authors, and where they start: for the reference list's author reading. */
export function typedAuthors(text: string): { at: number; authors: string }[] {
  return [...text.matchAll(ENTRY)].map((m) => {
    const from = m[0].indexOf(']') + 1;
    return { at: m.index + from, authors: m[0].slice(from, m[0].lastIndexOf(m[2]!)) };
  });
}
