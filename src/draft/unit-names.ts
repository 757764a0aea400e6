/**
 * A Commission-style unit named after its code: `Unit C.3 "Digital Health and Health Data"`,
 * `Head of Unit "EU4Health and Digital Health"`, `Unit B.2 Digital Health, DG SANTE`,
 * `Head of Unit Health Innovations and Ecosystems, DG RTD`, `Unit C.1, Health Data and Digital
 * Health, headed by …`, `Head of Unit, Health Innovation Ecosystems, DG RTD`. The unit's own name is its name; the
 * written form with the word "Unit" and the code is kept as an alias.
 */

import { foldedWords } from './tokens.js';
import { NOT_NAME_WORDS } from './vocabulary.js';

export interface UnitName {
  /** Where the mention starts (the word "Unit") and ends (after the name or closing quote). */
  readonly start: number;
  readonly end: number;
  /** The unit's own name ("Digital Health and Health Data"), or "Unit C.3" when it has none. */
  readonly name: string;
  /** As written, without quotation marks ("Unit C.3 Digital Health and Health Data"). */
  readonly written: string;
  readonly code?: string;
  /** A directorate of a DG ("Directorate H – …"); a unit otherwise. */
  readonly directorate?: boolean;
}

/** "C.3", "H3", "C.3.1"; with its DG's code before it, "CNECT.A.3" (the unit's code is "A.3"). */
const CODE = String.raw`(?:[A-Z]{2,8}\.)?[A-Z]\.?\d{1,2}(?:\.\d)?`;
/** The unit's own code, without its DG's: "CNECT.A.3" is "A.3". */
const ownCode = (code: string): string => code.replace(/^[A-Z]{2,8}\./, '');
const WORD = String.raw`(?:\p{Lu}|\p{Ll}\p{Lu})[\p{L}\p{N}'’-]+`;
/** "and", "for", "in", "of", "&" inside a name, unless a DG or the institution follows. */
const JOIN = String.raw`(?:,? +(?:and|for|in|of|&) +(?!DG\b|Directorate|the\b|European\b|Commission\b))`;
/** (its words apart by spaces: a tab ends a table's cell, "…Infrastructure⇥Tomasz Wierzbicki") */
const UNQUOTED = String.raw`${WORD}(?:(?: +|${JOIN})${WORD})*`;
/** (on one line: "Unit H.3⏎Chair: …" is a unit known by its code) */
const UNIT = new RegExp(
  String.raw`\bUnit(?:[ \t]+(${CODE}))?(?:[ \t]*[–—:-][ \t]*|[ \t]+|,[ \t]+(?=${UNQUOTED},[ \t]+(?:DG|Directorate-General)\b))(?:[“"‘']([^”"’'\n]{3,80})[”"’']|(${UNQUOTED}))|\bUnit[ \t]+(${CODE}),[ \t]+(${UNQUOTED})(?=,)|\bUnit[ \t]+(${CODE})\b`,
  'gu',
);

const UNIT_LINE = new RegExp(
  String.raw`^Unit[ \t]+${CODE}[ \t]*[–—:-][ \t]*([^\n"“]{3,100}?)(?=[ \t]*(?:\n|$))`,
  'u',
);

export function findUnitNames(text: string): UnitName[] {
  const found: UnitName[] = [];
  for (const m of text.matchAll(UNIT)) {
    // ("Unit C.1, Health Data and Digital Health, headed by …": the name between commas)
    const [whole, coded, quoted, bare, apposedCode, apposed, codeOnly] = m;
    if (apposed && !isSubjectName(apposed)) {
      found.push({
        start: m.index,
        end: m.index + whole.indexOf(apposedCode!) + apposedCode!.length,
        name: `Unit ${apposedCode}`,
        written: `Unit ${apposedCode}`,
        code: apposedCode!,
      });
      continue;
    }
    // ("Head of Unit RTD.A.3: Marta Esteve": the unit by its code, then its head's name)
    const headOf = /\bHead\s+of\s+$/i.test(text.slice(Math.max(0, m.index - 20), m.index));
    if (headOf && coded && /^Unit[ \t]+\S+[ \t]*:/.test(whole)) {
      const code = ownCode(coded);
      const end = m.index + whole.indexOf(coded) + coded.length;
      found.push({ start: m.index, end, name: `Unit ${code}`, written: `Unit ${code}`, code });
      continue;
    }
    const code = coded ?? apposedCode;
    // (a masthead's line that is the unit: "Unit C.1 - Digital health", small words and all)
    const line = bare && coded ? UNIT_LINE.exec(text.slice(m.index)) : null;
    const own = (line?.[1] ?? quoted ?? bare ?? apposed)?.trim();
    if (own && !quoted && /^(?:of|for|at|in)$/i.test(own)) continue;
    const unitCode = (code ?? codeOnly) && ownCode((code ?? codeOnly)!);
    if (!own && !unitCode) continue;
    // "Unit Costs", "Head of Unit Maria Rossi": without a code or quotes, a unit's name is one of
    // words about what it does ("Health Innovations and Ecosystems")
    if (own && !quoted && !unitCode && !isSubjectName(own)) continue;
    const name = own ?? `Unit ${unitCode}`;
    const written = [`Unit`, unitCode, own].filter(Boolean).join(' ');
    found.push({
      start: m.index,
      end: m.index + (line ? line[0].length : whole.length),
      name,
      written,
      ...(unitCode ? { code: unitCode } : {}),
    });
  }
  return withNamesOfTheirCodes(text, [
    ...found,
    ...unitsInSmallLetters(text),
    ...codedLines(text, found),
    ...directorates(text),
  ]);
}

/**
 * "Directorate H – Health Data, AI and Life Sciences", "Directorate C": a DG's directorate, by its
 * letter and the name after a dash (as written, the letter and all), else by its letter alone.
 */
const DIRECTORATE = new RegExp(
  String.raw`\bDirectorate[ 	]+([A-Z])\b(?![.'’-])(?:[ 	]+[–—-][ 	]+(${UNQUOTED}(?:,[ 	]+${UNQUOTED})*)|[ 	]+[“"]([^”"\n]{3,100})[”"])?`,
  'gu',
);
/** A masthead's line that is the directorate: its name runs to the line's end, small words and all. */
const DIRECTORATE_LINE = /^[ \t]*Directorate[ \t]+[A-Z][ \t]+[–—-][ \t]+[^\n]{3,120}?(?=[ \t]*$)/mu;

function directorates(text: string): UnitName[] {
  return [...text.matchAll(DIRECTORATE)].map((m) => {
    const line = DIRECTORATE_LINE.exec(text.slice(text.lastIndexOf('\n', m.index) + 1));
    const whole = line && line[0].trimStart().startsWith(m[0]) ? line[0].trimStart() : m[0];
    return dirOf(m, whole);
  });
}

/** (its name in quotes, "Directorate H "Digital Health, …"": the quoted name, as a unit's) */
function dirOf(m: RegExpMatchArray, whole: string): UnitName {
  return {
    start: m.index!,
    end: m.index! + whole.length,
    name: m[3] ?? whole,
    written: `Directorate ${m[1]!}`,
    code: m[1]!,
    directorate: true,
  };
}

/**
 * A directory's or a reorganisation's lines: "CNECT.A.1 – AI Regulation and Compliance" over
 * "Head of Unit: …", "- H.1 European Health Data Space – Head of Unit: X". A line opened by a
 * unit's code and its name, when the line or the next one names a unit's head (or the code
 * carries its DG's: "CNECT.A.1"); not a report's "A.1 Methods".
 */
const CODED_LINE = new RegExp(
  String.raw`^([ \t]*(?:[-•*][ \t]+)?)((?:[A-Z]{2,8}\.)?[A-Z]\.\d{1,2})(?:[ \t]+[–—-])?[ \t]+(${UNQUOTED})[ \t]*(?=[–—:(\n\t]|$)`,
  'gmu',
);
/** A unit's head named after it: "– Head of Unit: X", "Acting Head: X", "X will be Head of Unit". */
const HEAD_NEAR = /\bHead of Unit\b|\bHead[ \t]*:/;

function codedLines(text: string, found: readonly UnitName[]): UnitName[] {
  return [...text.matchAll(CODED_LINE)].flatMap((m) => {
    // (from the code, "H.1 European Health Data Space", but "CNECT" of "CNECT.A.1" is the DG's)
    const dg = /^[A-Z]{2,8}\./.test(m[2]!);
    const start = m.index + (dg ? m[0].lastIndexOf(m[3]!) : m[1]!.length);
    const end = m.index + m[0].trimEnd().length;
    // (after the name, on its line or the next: not "B.1 Head and Neck Cancer Cohort")
    const near = text.slice(end).split('\n', 2).join('\n');
    if (found.some((u) => u.start < end && start < u.end)) return [];
    if (!dg && !HEAD_NEAR.test(near)) return [];
    return [{ start, end, name: m[3]!, written: `${m[2]!} ${m[3]!}`, code: m[2]! }];
  });
}

/**
 * "the Commission's unit for digital health and the European Health Data Space in DG SANTE",
 * "DG SANTE's "European Health Data Space" unit": a unit an institution has, named in small
 * letters by what it is for, or quoted before the word "unit".
 */
const SMALL_UNIT =
  /\b(?:Commission|Agency|Office|Ministry|DG [A-Z]{3,8}|Directorate-General)['’]s\s+unit\s+(?:for|on|in charge of)\s+([^,.;:()"“”\n]{3,100}?)(?=\s*[,.;:()\n]|\s+(?:in|at|of|within)\s+(?:the\s+)?(?:DG|Directorate|Commission)\b|\s+(?:which|that|who|since|where|led|headed)\b)/gu;
const QUOTED_BEFORE_UNIT = /['’]s\s+["“]([^"”\n]{3,80})["”]\s+unit\b/gu;

function unitsInSmallLetters(text: string): UnitName[] {
  const small = [...text.matchAll(SMALL_UNIT)].map((m) => {
    const start = m.index + m[0].indexOf('unit');
    return {
      start,
      end: m.index + m[0].length,
      name: `Unit ${text.slice(start + 5, m.index + m[0].length)}`,
      written: text.slice(start, m.index + m[0].length),
    };
  });
  const quoted = [...text.matchAll(QUOTED_BEFORE_UNIT)].map((m) => {
    const start = m.index + m[0].indexOf(m[1]!) - 1;
    return { start, end: m.index + m[0].length, name: `${m[1]} unit`, written: `${m[1]} unit` };
  });
  return [...small, ...quoted];
}

/**
 * "Unit H.3 … Head of Unit H.3 "AI in Health"": a unit written by its code alone is the named one,
 * unless another DG is named before it ("DG SANTE, Unit C.1 'Digital Health' … DG RTD, Unit C.1").
 */
function withNamesOfTheirCodes(text: string, found: UnitName[]): UnitName[] {
  const dgBefore = (u: UnitName) => {
    const line = text
      .slice(Math.max(0, u.start - 60), u.start)
      .split('\n')
      .at(-1)!;
    return [...line.matchAll(/\bDG\s+([A-Z]{3,8})\b/g)].at(-1)?.[1];
  };
  const named = new Map(
    found.filter((u) => u.code && u.name !== `Unit ${u.code}`).map((u) => [u.code, u]),
  );
  return found.map((u) => {
    const full = u.code && u.name === `Unit ${u.code}` ? named.get(u.code) : undefined;
    const [a, b] = full ? [dgBefore(u), dgBefore(full)] : [];
    return full && (!a || !b || a === b) ? { ...u, name: full.name } : u;
  });
}

/** Two words or more, one of them a subject's ("Digital", "Health", "Innovation"). */
const isSubjectName = (name: string): boolean => {
  const words = foldedWords(name);
  return words.length >= 2 && words.some((w) => NOT_NAME_WORDS.has(w) || SUBJECT_STEMS.test(w));
};
const SUBJECT_STEMS =
  /^(?:innovat|ecosystem|polic|research|regulat|pharma|medic|clinic|communic|securit|preparedn|governanc|interoperab|standard|evaluat|strateg|coordinat)/;
