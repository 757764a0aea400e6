/**
 * The European Parliament's political groups, as a text about the Parliament writes them: "(S&D,
 * PL)", "Renew Europe's Élodie …", "From the ECR benches", "(The Left, Ireland)". Each group a text
 * names is introduced under its full name, its acronym and the spelling the text uses.
 */
import type { Introduced } from './introduced.js';

interface Group {
  readonly name: string;
  readonly acronym: string;
  /** Other spellings, as written (case matters: "Renew", not "renew"). */
  readonly written: readonly string[];
}

// (the groups written with "&" or "/", S&D and Greens/EFA, and the EPP are found as names already)
const GROUPS: readonly Group[] = [
  { name: 'Renew Europe', acronym: '', written: ['Renew', 'Renew Europe Group'] },
  { name: 'European Conservatives and Reformists Group', acronym: 'ECR', written: ['ECR Group'] },
  { name: 'The Left in the European Parliament (GUE/NGL)', acronym: '', written: ['The Left'] },
  { name: 'Patriots for Europe', acronym: 'PfE', written: [] },
  { name: 'Europe of Sovereign Nations', acronym: 'ESN', written: [] },
];

/** A text about the Parliament: its members, its plenary, its groups. */
const PARLIAMENT = /\b(?:MEPs?|European Parliament|plenary|rapporteur|political groups?)\b/;

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const writtenIn = (text: string, spelling: string) =>
  new RegExp(String.raw`(?<![\p{L}/&])${escaped(spelling)}(?![\p{L}/&])`, 'u').test(text);

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
