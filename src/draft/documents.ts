import { editedBooks } from './edited-books.js';
import { documentTables } from './document-tables.js';
import { numberedPetitions } from './numbered-petitions.js';
import { numberedActs } from './numbered-acts.js';
import { statutoryTitles } from './statutory-titles.js';
import { citedHeadlines } from './cited-headlines.js';
import { datedLetters } from './dated-letters.js';
import { proposedActs } from './proposed-acts.js';
import { reviewedItems } from './reviewed-items.js';
import { pressReleaseTitles } from './press-release-titles.js';
import { attachedWorks, citedWorks, referencedWorks } from './citations.js';
import { webReferences } from './web-references.js';
import { typedPublications } from './typed-publications.js';
import { caseLawWorks } from './case-law.js';
import { withoutCapitalHeadings } from './capital-headings.js';
import { documentKindAt } from './document-kinds.js';
import type { Label } from '../model/labels.js';
import { findDeliverables } from './deliverables.js';
import { listedDocuments } from './listed-documents.js';
import { linkedHeadlines } from './linked-headlines.js';
import { inSiteLinks, inTabBar, isReleaseLabel } from './page-labels.js';
import type { DraftBuilder, DraftEntity } from './draft-builder.js';
import { quotedTitles, sentenceAround, SIGNED } from './document-titles.js';
import { thesisTitles } from './thesis-titles.js';
import type { Token } from './tokens.js';
import {
  apposedTitles,
  genreDocuments,
  ownedDocuments,
  sentenceCaseDocuments,
  type SmallLetterWork,
} from './small-letter-documents.js';
import { DOCUMENT_HEADS, INITIATIVE_HEADS } from './vocabulary.js';
import {
  CAPPED_AFTER,
  CAPPED_AFTER_COMMA,
  GENRE_COLON,
  LISTED,
  TAIL,
  TITLE_THEN_NOUN,
  TITLED,
} from './document-patterns.js';
import { lineBefore } from './text-lines.js';
import { AGENDA_LINE, genreOnly, orgForTheStudy, titleStart } from './title-starts.js';

/** A document (or a policy the text names as a work: "… Strategy") the text names. */
export interface NamedWork {
  readonly entity: DraftEntity;
  readonly start: number;
  readonly end: number;
  /** The head word, lower case: "manifesto", "roadmap" (what "the manifesto" refers back to). */
  readonly head: string;
}

/**
 * Named documents: capitalised titles ending in a document word ("European Twin Readiness
 * Manifesto", "Leuven Declaration on Cardiac Digital Twins"), quoted or capitalised titles after
 * one ("the report “Twins for All”", "policy brief Auditable AI in the Hospital"), list items
 * ("- Title – policy brief"); and initiatives named the same way ("… Strategy", "… Act") when the
 * graph does not know them.
 */
export function findWorks(
  text: string,
  tokens: readonly Token[],
  covered: ReadonlySet<number>,
  builder: DraftBuilder,
): NamedWork[] {
  const out: NamedWork[] = [];
  const inside = (at: number) => out.some((w) => w.start <= at && at < w.end);
  for (const re of [
    TITLED,
    GENRE_COLON,
    CAPPED_AFTER,
    CAPPED_AFTER_COMMA,
    LISTED,
    TITLE_THEN_NOUN,
  ]) {
    for (const m of text.matchAll(re)) {
      const titleFirst = re === LISTED || re === TITLE_THEN_NOUN;
      const [noun, found] = titleFirst ? [m[2]!, m[1]!] : [m[1]!, (m[2] ?? m[3])!];
      let title = found;
      // ("10:00 Presentation of the report X: Ana Costa, University of Porto": an agenda's line,
      // the speaker after the colon)
      if (re === CAPPED_AFTER && AGENDA_LINE.test(lineBefore(text, m.index)))
        title = title.split(': ')[0]!;
      const start = m.index + m[0].indexOf(title);
      if (inside(start) || (re === TITLED && citedFrom(text, m.index, m[0], title))) continue;
      // ('Her strategy, "Listen First, Act Fast", won …': a person's plan is a slogan, no work)
      const whose = text.slice(Math.max(0, m.index - 6), m.index);
      if (/^strategy$/i.test(noun) && /\b(?:her|his|my|your)\s+$/i.test(whose)) continue;
      // ('In her opinion, "Europe must act now," said X': a view, not a committee's opinion)
      if (/^opinion$/i.test(noun) && !committeeOpinion(text, m.index, start + title.length, title))
        continue;
      // ('an EHDS implementation roadmap "before the summer"': words quoted after it, no title)
      if (re === TITLED && !/^(?:\p{Lu}|\p{N}|\p{Ll}+\p{Lu})/u.test(title)) continue;
      // ("the full white paper, CEHPS White Paper No. 7": a series' number, no title of its own)
      if (/\sNo$/.test(title) && /^\.\s*\d/.test(text.slice(start + title.length))) continue;
      const head = noun.toLowerCase().split(' ').at(-1)!;
      const kind = DOCUMENT_HEADS.get(head) ?? (head === 'strategy' ? 'ROADMAP' : 'POLICY_BRIEF');
      out.push(work(builder, 'Document', title.trim().replace(/[.,;:]$/, ''), kind, head, start));
    }
  }
  const add = (d: SmallLetterWork) => {
    if (!inside(d.start)) out.push(work(builder, 'Document', d.name, d.kind, d.head, d.start));
  };
  caseLawWorks(text).forEach(add);
  numberedActs(text).forEach(add);
  statutoryTitles(text).forEach(add);
  citedHeadlines(text).forEach(add);
  datedLetters(text).forEach(add);
  numberedPetitions(text).forEach(add);
  documentTables(text).forEach(add);
  proposedActs(text).forEach(add);
  citedWorks(text).forEach(add);
  typedPublications(text).forEach(add);
  referencedWorks(text).forEach(add);
  editedBooks(text).forEach(add);
  webReferences(text).forEach(add);
  reviewedItems(text).forEach(add);
  pressReleaseTitles(text).forEach(add);
  attachedWorks(text).forEach(add);
  ownedDocuments(text).forEach(add);
  sentenceCaseDocuments(text).forEach(add);
  apposedTitles(text).forEach(add);
  for (const t of [...quotedTitles(text), ...thesisTitles(text)]) {
    if (inside(t.start)) continue;
    out.push(work(builder, 'Document', t.title, DOCUMENT_HEADS.get(t.head)!, t.head, t.start));
  }
  genreDocuments(text, out).forEach(add);
  for (const d of [...listedDocuments(text), ...linkedHeadlines(text)]) {
    // ("• AI Readiness of … – Survey Report 2025 (…, PDF)": the list's whole title over a shorter
    // one read at its start, which `merged` then maps to it)
    const longer = out.some((w) => w.start === d.start && d.name.startsWith(`${w.entity.name} `));
    if (longer || !inside(d.start))
      out.push(work(builder, 'Document', d.name, d.kind, d.head, d.start));
  }
  for (const d of findDeliverables(text))
    if (!inside(d.start))
      out.push(work(builder, 'Document', d.name, 'DELIVERABLE', 'deliverable', d.start));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const docKind = documentKindAt(text, tokens, i);
    const initiativeKind = INITIATIVE_HEADS.get(t.fold);
    if (!t.cap || (covered.has(i) && !docKind) || (!docKind && !initiativeKind)) continue;
    if (inside(t.start)) continue;
    const first = titleStart(text, tokens, i);
    if (orgForTheStudy(text, tokens, first, i)) continue;
    // ("Permanent Mission of Ireland to the United Nations": a state's mission, a body)
    if (t.fold === 'mission' && /^Permanent\s/.test(text.slice(tokens[first]!.start))) continue;
    if (isReleaseLabel(text.slice(tokens[first]!.start, t.end))) continue; // "PRESS STATEMENT"
    if (inTabBar(text, t.start) || inSiteLinks(text, t.start)) continue;
    const tail = numberedTail(TAIL.exec(text.slice(t.end, t.end + 120))![0], text, t.end);
    if (first === i && !tail) continue; // "Manifesto" alone: a heading word, not a title
    // ("Our Position Paper was presented", "– Survey Report 2025": a genre's words, no title)
    if (genreOnly(text.slice(tokens[first]!.start, t.end + tail.length))) continue;
    // ("a JRC Technical Report, “Synthetic Data for …”": the quoted title is the work, this its kind)
    if (!tail && docKind && /^,?\s*["“‘]\p{Lu}/u.test(text.slice(t.end, t.end + 5))) continue;
    // ("the National EHDS Implementation Plan the ministry published in June 2025": a plan someone
    // published is a paper, a known name inside it and all)
    const published =
      !docKind && !tail && t.fold === 'plan' && PUBLISHED_AFTER.test(text.slice(t.end, t.end + 60));
    if (
      !docKind &&
      !published &&
      [...Array(i - first + 1).keys()].some((k) => covered.has(first + k))
    )
      continue;
    const start = tokens[first]!.start;
    // ("… presented the Roadmap for the European Virtual Human Twin and asked …": no "and" at the end)
    const name = text
      .slice(start, t.end + tail.length)
      .replace(/(?:\s+(?:and|or|of|the|for|in|on))+$/, '');
    const signed = initiativeKind === 'CALL' && SIGNED.test(sentenceAround(text, t.start));
    // ("the Draft National Health Data Strategy 2026–2030": a text put out for comment, a paper)
    const draft = !docKind && /^Draft\s/.test(name) && /^(?:strategy|plan|roadmap)$/.test(t.fold);
    const label: Label = docKind || signed || draft || published ? 'Document' : 'Initiative';
    const kind = signed
      ? 'MANIFESTO'
      : draft
        ? 'POLICY_BRIEF'
        : published
          ? 'ROADMAP'
          : (docKind ?? initiativeKind)!;
    out.push(work(builder, label, name, kind, t.fold, start));
  }
  return withoutCapitalHeadings(merged(out, builder), builder).sort((a, b) => a.start - b.start);
}

/** "… Plan the ministry published in …", "… Strategy, published in May": who published it, or when. */
const PUBLISHED_AFTER =
  /^,?\s+(?:(?:the|its|their|our)\s+(?:[\p{L}-]+\s+){0,2}|\p{Lu}[\p{L}-]+\s+)?(?:published|released|issued)\s+(?:in|on|by|last)\b/u;

/**
 * 'The opinion, "Applying AI in health and care" (SOC/834), was drawn up …': a body's, titled
 * without a verb, with its reference or its adoption after it (not 'popular opinion, "Big Tech"').
 */
const committeeOpinion = (text: string, at: number, end: number, title: string): boolean =>
  /\b(?:the|an?|its|this|their)\s+(?:[\p{L}'’]+\s+)?$/iu.test(
    text.slice(Math.max(0, at - 30), at),
  ) &&
  !/\b(?:popular|public|dominant|second|expert|own|my|her|his)\s+$/i.test(
    text.slice(Math.max(0, at - 12), at),
  ) &&
  !/\b(?:is|are|was|were|must|will|should|can|could|has|have|do|does)\b|[,.!?]$/.test(title) &&
  OPINION_AFTER.test(text.slice(end + 1, end + 80));
/** After an opinion's title: its reference ("(SOC/834)") or that it was adopted, drawn up … */
const OPINION_AFTER =
  /^\s*\([^()]*[\d/][^()]*\)|^\s*,?\s*(?:was|has been|were)\s+(?:adopted|drawn up|prepared|published|issued|delivered)\b/;

/**
 * 'According to the survey, “Most hospitals …”', 'the authors write in the report, "Most …."': after
 * the noun and a comma, a quotation from a work (a sentence), not its title.
 */
/**
 * "Guidance 1/2026 on pseudonymisation for secondary use.": after an act's number, its subject
 * in small letters to the clause's end is part of its name.
 */
function numberedTail(tail: string, text: string, end: number): string {
  if (!/\d{1,4}\/\d{4}$/.test(tail)) return tail;
  const subject = /^ (?:on|for) [\p{Ll}\p{N} -]{3,80}?(?=[.,;:()]|$)/mu.exec(
    text.slice(end + tail.length, end + tail.length + 90),
  );
  return subject ? tail + subject[0] : tail;
}

const citedFrom = (text: string, at: number, match: string, title: string): boolean =>
  /^[\p{L} ]+,/u.test(match) &&
  (/[.!?]$/.test(title.trim()) ||
    /\baccording to\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(Math.max(0, at - 40), at)));

/** "Leuven Declaration" in a heading and "Leuven Declaration on Cardiac Digital Twins": one. */
function merged(works: NamedWork[], builder: DraftBuilder): NamedWork[] {
  return works.map((w) => {
    // (or the same words' longer title: "– Implementation Roadmap for … (PDF)" over "Roadmap for …")
    const longer = works.find(
      (o) =>
        o.entity !== w.entity &&
        o.entity.label === w.entity.label &&
        (o.entity.name.startsWith(`${w.entity.name} `) || (o.end === w.end && o.start < w.start)),
    );
    if (!longer) return w;
    builder.drop(w.entity);
    return { ...w, entity: longer.entity };
  });
}

function work(
  builder: DraftBuilder,
  label: Label,
  name: string,
  kind: string,
  head: string,
  start: number,
): NamedWork {
  const entity = builder.propose(label, name, { kind });
  if (!entity.checks.length) entity.checks.push(`new ${label.toLowerCase()} named in the text`);
  return { entity, start, end: start + name.length, head };
}
