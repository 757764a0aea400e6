import type { DraftBuilder } from './draft-builder.js';
import { titleCase } from './dateline.js';
import { titleKey, type Gazetteer } from './gazetteer.js';
import type { NamedWork } from './documents.js';
import type { Mention } from './mentions.js';
import { foldedWords } from './tokens.js';
import { isPressRelease } from './page-labels.js';
import { DOCUMENT_HEADS, isReportingVerb } from './vocabulary.js';

/** Titles a text gives in quotation marks, and the names that are not new documents or organisations. */

/** A call that is signed or presented is a text (a call to act), not a call for proposals. */
export const SIGNED =
  /\b(?:sign(?:ed|s|ing|atories)|present(?:ed|s)|drafted|endorsed|published)\b/i;

export const sentenceAround = (text: string, at: number): string => {
  const from = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at)) + 1;
  const to = text.slice(at).search(/\.\s|\n/);
  return text.slice(from, to < 0 ? text.length : at + to);
};

/** Words a title keeps in lower case: "… under the European Health Data Space". */
const TITLE_LOWER =
  /^(?:under|with|from|into|over|about|between|through|without|within|across|after|before|towards|beyond|versus|during|against)$/;

/** A quoted title: Title Case (every word of four letters or more capitalised), 3 words or more. */
const QUOTED_TITLE = /[“"]([^“”"\n]{8,200}?)[”"]/gu;
const isTitleCase = (s: string): boolean => {
  const words = s.split(/\s+/);
  return (
    words.length >= 3 &&
    !/[.!?,]$/.test(s) &&
    words.every((w) => w.length < 4 || TITLE_LOWER.test(w) || /^[\p{Lu}\p{N}“"‘(]/u.test(w))
  );
};

/**
 * "the 84-page “Trust by Design: …”. The report, …": a quoted title in Title Case is a document
 * when a document noun is in its sentence or the next one; the noun gives its kind.
 */
const SPELLS_OUT = /\b\p{Lu}{2,}[\p{Lu}\p{N}-]*\s*\(\s*[“"]$/u;

const UNIT_NAMED = /\b(?:Unit|unit|Head of the)\s*$/;

export function quotedTitles(text: string): { title: string; head: string; start: number }[] {
  const out: { title: string; head: string; start: number }[] = [];
  for (const m of text.matchAll(QUOTED_TITLE)) {
    const title = m[1]!.trim();
    // (a delimited table's field in quotes, ';"Ana Costa - Dean, NOVA";', is no title)
    if (/[;,]/.test(text[m.index - 1] ?? '') && /^[;,]/.test(text.slice(m.index + m[0].length)))
      continue;
    // ('ONCOTWIN-EU ("Oncology Digital Twins for …") is a …': an acronym's name in full, no work)
    if (SPELLS_OUT.test(text.slice(Math.max(0, m.index - 30), m.index + 1))) continue;
    // ('Head of Unit "AI in Health & Life Sciences"', 'the "AI in …" unit': a unit's name)
    if (UNIT_NAMED.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (
      /^\s+(?:unit|directorate|department|division|team|office)\b/i.test(
        text.slice(m.index + m[0].length),
      )
    )
      continue;
    const own = ownHead(text, m.index, title);
    if (own) {
      out.push({ title, head: own, start: m.index + m[0].indexOf(title) });
      continue;
    }
    const beside = besideHead(text, m.index, m.index + m[0].length);
    if (beside && /^\p{Lu}/u.test(title) && !/[.!?]$/.test(title)) {
      out.push({ title, head: beside, start: m.index + m[0].indexOf(title) });
      continue;
    }
    if (!isTitleCase(title)) continue;
    const after = text.slice(m.index + m[0].length).search(/[.!?]\s|\n/);
    const next = after < 0 ? '' : sentenceAround(text, m.index + m[0].length + after + 2);
    const near = `${sentenceAround(text, m.index)} ${next}`;
    const noun = foldedWords(near).find((w) => DOCUMENT_HEADS.has(w) && w !== 'statement');
    if (noun) out.push({ title, head: noun, start: m.index + m[0].indexOf(title) });
  }
  return out;
}

/**
 * 'a medRxiv preprint, "Patient-specific cardiac twins for …"', '"Twins without rules", a survey
 * of 212 hospitals', 'Special report 08/2026 "…"': a quoted title in sentence case beside the noun that says what it is.
 */
function besideHead(text: string, start: number, end: number): string | undefined {
  // ("According to the survey, “Most hospitals …”": a quotation from a work, not its title)
  const lead = text.slice(Math.max(0, start - 40), start);
  const before =
    /\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}([\p{L}-]+)\s*,?\s*$/u.exec(lead)?.[1] ??
    // ('Special report 08/2026 "Health data and …"': the kind and its number, then the title)
    /\b([\p{L}-]+)\s+(?:No\.?\s*)?\d{1,4}\/\d{2,4}\s*$/u.exec(lead)?.[1];
  // ("“…”, a survey of 212 hospitals", "“…”, the report released in …"; not "“…”, the report
  // concludes": a quotation and who says it)
  // (or "“…”, NCIST white paper, October 2025": whose, in capitals, instead of an article)
  const after =
    /^,\s+(?:a|an|the|\p{Lu}{2,}[\p{Lu}\p{N}&-]*)\s+((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)/u.exec(
      text.slice(end, end + 60),
    );
  const words = after?.[1]!.split(/\s+/) ?? [];
  const at = words.findIndex((w) => DOCUMENT_HEADS.has(w.toLowerCase()));
  const said = at >= 0 && isReportingVerb(words[at + 1] ?? '');
  const heads = [before, said ? undefined : words[at]].map((w) => w?.toLowerCase());
  return heads.find((w) => w !== undefined && DOCUMENT_HEADS.has(w) && w !== 'statement');
}

/** A verb of publishing, then "a" or "a draft": what is published is named next. */
const PUBLISHED =
  /\b(?:publish(?:es|ed)?|release[sd]?|adopt(?:s|ed)?|issue[sd]?|present(?:s|ed)?|launch(?:es|ed)?|submit(?:s|ted)?)\s+(?:(?:today|yesterday|on\s+\S+)\s+)?(?:an?\s+)?(?:draft\s+)?$/i;

/**
 * 'According to the "Factual summary report on the call for evidence …"': a title in sentence
 * case that names its own kind in its first words, quoted after "the" (or "entitled"): its head.
 */
function ownHead(text: string, at: number, title: string): string | undefined {
  const lead = text.slice(Math.max(0, at - 60), at);
  // ('published a draft "Reflection paper on the use of …"': a title that says what it is, after
  // a verb of publishing; not 'described it as a "Declaration of intent rather than a plan"')
  const published = PUBLISHED.test(lead) && /\b(?:an?|draft)\s+$/i.test(lead);
  if (!published && !/\b(?:the|its|their|entitled|titled|called)\s+$/i.test(lead.slice(-12)))
    return undefined;
  if (!/^\p{Lu}/u.test(title) || /[.!?]$/.test(title)) return undefined;
  return foldedWords(title)
    .slice(0, 4)
    .find((w) => DOCUMENT_HEADS.has(w) && w !== 'statement');
}

/**
 * "ONCOTWIN Newsletter" in "ONCOTWIN Newsletter – Issue 5": the article itself, not a new
 * document; nor is the publication it appears in ("Brussels Digital Health Brief | 30 June 2025").
 */
export function notTheSource(
  works: NamedWork[],
  title: string | undefined,
  builder: DraftBuilder,
  publication?: string,
  text?: string,
): NamedWork[] {
  const own = title?.toLowerCase();
  if (!own && !publication) return works;
  const subtitle = text && title ? subtitleStart(text, title) : undefined;
  // (a press release titled by the judgment it reports, "Judgment of the Court in Case C-…", is
  // the release, not the judgment)
  const release = text !== undefined && isPressRelease(text);
  const itself = (w: NamedWork) =>
    w.entity.label === 'Document' &&
    !(release && w.entity.fields.kind !== 'PRESS_RELEASE') &&
    ((own !== undefined && own.startsWith(w.entity.name.toLowerCase())) ||
      w.entity.name === publication ||
      w.start === subtitle);
  for (const w of works) if (itself(w)) builder.drop(w.entity);
  return works.filter((w) => !itself(w));
}

/**
 * Where the line right under the title starts: "Report of the JRC expert workshop, Ispra, 3-4 June
 * 2025" under a page's title says what the page itself is.
 */
function subtitleStart(text: string, title: string): number | undefined {
  const at = text.indexOf(title);
  const end = at < 0 ? -1 : text.indexOf('\n', at + title.length);
  if (end < 0 || text[end + 1] === '\n') return undefined;
  // (a line, not the lead's sentence: "Digital Twin Readiness Report 2026 finds that …")
  const lineEnd = text.indexOf('\n', end + 1);
  const line = text.slice(end + 1, lineEnd < 0 ? undefined : lineEnd).trim();
  if (/[.!?]$/.test(line) || line.split(/\s+/).length > 20) return undefined;
  return end + 1 + (/^[ \t]*/.exec(text.slice(end + 1))?.[0].length ?? 0);
}

/** "Hospital Data Readiness for …" inside a document's title is no organisation: dropped. */
/** "Minutes – meeting of Unit C.1 with EBRAINS AISBL": a record's meeting names who met. */
const MET_IN_TITLE = /\bmeeting\b.*\b(?:of|with)\s+(?:the\s+)?$/i;

export function withoutNamesInTitles(
  mentions: Mention[],
  works: readonly NamedWork[],
  builder: DraftBuilder,
  text: string,
): void {
  // (a person only where no "by"/"and" names an author: "…, written by Clara Wendt and X")
  const titled = (m: Mention) =>
    m.entity.label === 'Organisation' ||
    (m.entity.label === 'Person' &&
      !/\b(?:by|and)\s+$/.test(text.slice(Math.max(0, m.start - 5), m.start)));
  // (an act keeps the body that adopted it: "Resolution of the Council of Ministers no. 4/2026"; a
  // paper its sender: "Letter of the Ministry of Health of 4 November 2025 on …")
  const inTitle = (m: Mention) =>
    !m.entity.known &&
    titled(m) &&
    works.some(
      (w) =>
        w.start <= m.start &&
        m.end <= w.end &&
        !(
          m.entity.label === 'Organisation' &&
          (w.entity.fields.kind === 'LEGAL_ACT'
            ? /\sof\s+the\s+$/.test(text.slice(w.start, m.start))
            : /^\p{L}+\s+of\s+(?:the\s+)?$/u.test(text.slice(w.start, m.start)))
        ) &&
        !(m.entity.label === 'Organisation' && MET_IN_TITLE.test(text.slice(w.start, m.start))),
    );
  const dropped = mentions.filter(inTitle);
  for (let k = mentions.length - 1; k >= 0; k--) if (inTitle(mentions[k]!)) mentions.splice(k, 1);
  for (const m of dropped) if (!mentions.some((o) => o.entity === m.entity)) builder.drop(m.entity);
}

/**
 * A document the graph already has, named by one of its titles ("Roadmap for the European Virtual
 * Human Twin"): referred to by id, not proposed again.
 */
export function withKnownDocuments(
  works: readonly NamedWork[],
  gaz: Gazetteer,
  builder: DraftBuilder,
): NamedWork[] {
  return works.map((w) => {
    const known =
      w.entity.label === 'Document' && !w.entity.known
        ? gaz.documents.get(titleKey(w.entity.name))
        : undefined;
    if (!known) return w;
    builder.withdraw(w.entity);
    const entity = builder.known(
      { id: known.id, label: 'Document', name: known.name, aliases: [] },
      w.entity.name,
    );
    return { ...w, entity };
  });
}

/**
 * "Twins Need Data: …" then, on the next line, "Policy Brief No. 7/2026 · Published 3 March": a
 * publication's page; the numbered work is the titled one (its number an alias).
 */
export function numberedUnderTitle(
  text: string,
  works: NamedWork[],
  title: string | undefined,
  builder: DraftBuilder,
): NamedWork[] {
  const at = title ? text.indexOf(title) : -1;
  if (at < 0) return works;
  const next = /^[^\n]*\n+([^\n]*)/.exec(text.slice(at))?.[1] ?? '';
  // ("POLICY BRIEF 07/2026" on the line above the title: the same page, label first)
  const above = /([^\n]*)\n+[ \t]*$/.exec(text.slice(0, at))?.[1]?.trim() ?? '';
  return works.map((w) => {
    const line = text.slice(w.start, text.indexOf('\n', w.start) >>> 0);
    const own = line.slice(0, w.end - w.start);
    // (a label's line, short or in fields "· Published … · Authors: …", not a sentence that cites
    // a numbered paper: "Petition No 0517/2025 by X, on behalf of Y, bearing 2 184 signatures, …")
    const labelled =
      (next.startsWith(own) &&
        /\bNo\.?\s*\d/.test(line) &&
        (next.split(/\s+/).length <= 12 || /\s[·|]\s/.test(next))) ||
      (above === line.trim() && /^[\p{L} ]+\s+(?:No\.?\s*)?\d+(?:[/.-]\d+)*$/u.test(above));
    if (!labelled) return w;
    const alias = above === line.trim() ? titleCase(above) : w.entity.name;
    const fields = { ...w.entity.fields, aliases: [alias] };
    return { ...w, entity: builder.rename(w.entity, title!, fields) };
  });
}
