/**
 * The European Parliament's political groups, as a text about the Parliament writes them: "(S&D,
 * PL)", "Renew Europe's Élodie …", "From the ECR benches", "(The Left, Ireland)". Each group a text
 * names is introduced under its full name, its acronym and the spelling the text uses.
 */
import { escapeRegExp } from './regex-escape.js';
import type { Introduced } from './introduced.js';

interface Group {
  readonly name: string;
  readonly acronym: string;
  /** Other spellings, as written (case matters: "Renew", not "renew"). */
  readonly written: readonly string[];
}

// (the groups written with "&" or "/", S&D and Greens/EFA, and the EPP are found as names already)
const GROUPS: readonly Group[] = [
  { name: 'Europe of Sovereign Nations Group', acronym: 'ESN', written: [] },
  { name: 'Renew Europe', acronym: '', written: ['Renew', 'Renew Europe Group'] },
  { name: 'European Conservatives and Reformists Group', acronym: 'ECR', written: ['ECR Group'] },
  { name: 'The Left in the European Parliament (GUE/NGL)', acronym: '', written: ['The Left'] },
  { name: 'Patriots for Europe Group', acronym: 'PfE', written: ['Patriots for Europe'] },
];

/** Every group's short spellings, as a member's brackets write them ("(X, S&D)", "(X, The Left)"). */
export const GROUP_SPELLINGS = String.raw`EPP|S&D|Renew(?: Europe)?|Greens/EFA|Verts/ALE|ECR|PfE|ESN|ID|NI|The Left|GUE/NGL`;

/** A text about the Parliament: its members, its plenary, its groups. */
const PARLIAMENT = /\b(?:MEPs?|European Parliament|rapporteurs?|political groups?)\b/;

/**
 * Written as a group is: in a member's brackets ("(Renew, Romania)"), before a member's name
 * ("Renew Europe's Élodie …"), before "group", "member", "MEP", "benches" ("the ECR benches",
 * "Slovenian Renew member X"); not "Renew your membership", "The Left Behind", "ECR Working Group".
 */
const writtenIn = (text: string, spelling: string) =>
  new RegExp(
    String.raw`(?:\(\s*|,\s*)${escapeRegExp(spelling)}\s*[,)]|(?<![\p{L}/&])${escapeRegExp(spelling)}(?:['’]s\s+\p{Lu}|\s+(?:[Gg]roup\b(?!\s+(?:of|on|for))|members?\b|MEPs?\b|benches\b|colleagues\b|shadow\b|coordinator\b))`,
    'u',
  ).test(text);

export function politicalGroups(text: string): Introduced[] {
  if (!PARLIAMENT.test(text)) return [];
  return GROUPS.flatMap((g) => {
    const spellings = [g.name, g.acronym, ...g.written].filter((s) => s && writtenIn(text, s));
    if (!spellings.length) return [];
    const alias = g.written.find((s) => writtenIn(text, s));
    return [
      {
        name: g.name,
        acronym: g.acronym,
        label: 'Organisation' as const,
        kind: 'ASSOCIATION',
        written: `${spellings[0]} (a political group of the European Parliament)`,
        ...(alias ? { alias } : {}),
      },
    ];
  });
}
