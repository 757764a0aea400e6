/**
 * A project's deliverables by their number: "the Data Management Plan (D7.1)", "Deliverable D8.3,
 * the Exploitation and Sustainability Plan, …", 'D4.2 "Validated multiscale kidney model"', "D3.2 –
 * Data Governance and Access Framework".
 */

const CODE = String.raw`D\d{1,2}\.\d{1,2}`;
const TITLE = String.raw`\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:(?:of|for|and|on|in|to|the|with)\s+)*\p{Lu}[\p{L}\p{N}'’-]*){1,8}`;
/** "the Data Management Plan (D7.1)": a capitalised title, then its number in brackets. */
// (more said in the brackets: "Our Data Management Plan (D1.2, public on Zenodo since July 2025)",
// "(Deliverable D1.2, October 2025)")
const TITLE_THEN_CODE = new RegExp(
  String.raw`(${TITLE})\s+\((?:[Dd]eliverable\s+)?(${CODE})(?:[,;](?![^()\n]*\bD\d)[^()\n]{0,80})?\)`,
  'gu',
);
/** "D8.3, the Exploitation and Sustainability Plan", 'D4.2 "Validated …"': the number, then it. */
const CODE_THEN_TITLE = new RegExp(
  String.raw`\b(${CODE}),?\s+(?:the\s+(${TITLE})(?=[,.;:)]|\s+(?:which|that|is|was|will)\b)|["“]([^"”\n]{4,160})["”])`,
  'gu',
);
/** "D3.2 – Data Governance and Access Framework for the VHT Platform": a form's or a list's line. */
/** (its words on the code's line: not "D3.2 – Data Governance Framework⏎D5.1 – …") */
const LINE_TITLE = TITLE.replaceAll(String.raw`\s`, '[ \\t]');
const CODE_DASH_TITLE = new RegExp(
  String.raw`\b(${CODE})[ \t]+[–—-][ \t]+(?!(?:Dr|Prof|Mr|Ms|Mrs|Delayed|Postponed|Submitted|Due|Pending)\b)(${LINE_TITLE}(?::[ \t]+${LINE_TITLE})?)(?=[ \t]*(?:\n|$|[,.;:(]))`,
  'gu',
);
/** "D1.1⇥Data Management Plan⇥WP1⇥UNIBO": a deliverables table's row, its title the next cell. */
const CODE_CELL_TITLE = new RegExp(
  String.raw`^[ \t]*(${CODE})\t+(\p{Lu}[^\t\n]{3,160}?)[ \t]*(?=\t|$)`,
  'gmu',
);

/**
 * "Deliverable D2.2 Federated data access architecture was …", "D5.1 Clinical validation protocol
 * (due M18)": the number, then its title in sentence case, up to the first word of a work (that
 * ends it, before punctuation or a verb: not "… protocol and first results", "… framework in
 * practice"; nor a status, "D5.2 Delayed until the revised ethics protocol").
 */
const WORKS = String.raw`(?:[Pp]lan|[Rr]eport|[Pp]rotocol|[Aa]rchitecture|[Ff]ramework|[Ss]trategy|[Gg]uidelines?|[Ss]pecifications?|[Rr]equirements|[Rr]oadmap|[Aa]ssessment|[Pp]ipeline|[Mm]anual|[Hh]andbook|[Tt]oolkit)`;
const CODE_SENTENCE_TITLE = new RegExp(
  String.raw`\b(${CODE})[ \t]+(?!(?:Submitted|Delayed|Postponed|Due|Pending|Accepted|Approved|Rejected|Received|Planned|Ongoing)\b)(\p{Lu}[\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+){0,6}?[ \t]+${WORKS})(?=[ \t]*(?:[.,;:()]|\n|$)|[ \t]+(?:was|is|will|has|had|were|are)\b)`,
  'gu',
);

const WORK_WORD =
  /\b(?:Plan|Report|Specifications?|Framework|Guidelines?|Protocol|Model|Dataset|Analysis|Strategy|Roadmap|Assessment|Manual|Handbook|Catalogue|Summary|Review|Study|Paper|Brief|Toolkit|Architecture|Requirements|Design|Platform|Pipeline)\b/;

const OPENING =
  /^(?:(?:In|According to|As|For|From|Under|See|With|Within|Per)\s+)?(?:The|the|Our|our|Its|its|Their|their|This|this|That|that)?\s*/;

export interface Deliverable {
  readonly name: string;
  readonly code: string;
  readonly start: number;
}

export function findDeliverables(text: string): Deliverable[] {
  const out: Deliverable[] = [];
  for (const m of text.matchAll(TITLE_THEN_CODE)) {
    // ("In the Data Management Plan (D7.1)", "According to the …", "This …": the sentence's words)
    const name = m[1]!.replace(OPENING, '');
    // ("(Deliverable D1.2, …)" after a work's title, not after "said Dr X of Y")
    if (/^\(?[Dd]eliverable/.test(m[0].slice(m[0].indexOf('(') + 1)) && !WORK_WORD.test(name))
      continue;
    // ("The Clinical Validation Work Package (D5.1; all public)": a package lists its deliverables)
    if (/\bWork\s*Package\b/i.test(name)) continue;
    out.push({ name, code: m[2]!, start: m.index + m[0].indexOf(name) });
  }
  for (const m of [
    ...text.matchAll(CODE_THEN_TITLE),
    ...text.matchAll(CODE_DASH_TITLE),
    ...text.matchAll(CODE_CELL_TITLE),
    ...text.matchAll(CODE_SENTENCE_TITLE),
  ]) {
    const name = (m[2] ?? m[3])!.replace(/[,.]$/, '');
    out.push({ name, code: m[1]!, start: m.index + m[0].indexOf(name) });
  }
  return out;
}
