import { COMPOUND_HEAD } from './name-joins.js';
import { hasLegalForm, isLegalForm, writtenAsForm } from './legal-forms.js';
import { ORG_STEM, orgRun } from './name-runs.js';
import { isCommonWord, looksLikePerson } from './person-cues.js';
import { lineAt } from './text-lines.js';
import { describedAfter, KINDS } from './company-appositions.js';
import { cellsOf } from './table-cells.js';
import type { Token } from './tokens.js';
import {
  DOCUMENT_HEADS,
  INITIATIVE_HEADS,
  NAME_PARTICLES,
  ORG_HEADS,
  ORG_WORDS,
} from './vocabulary.js';

/**
 * "AI start-up Synthelix", "software maker Kardiolab", "Ghent-based Synthelia Health": what a
 * company is, right before its name.
 */
const BASED = /\b\p{Lu}\p{L}+-based\s+$/u;
/** "… founded Pulsar Diagnostics", "co-founded Kardia Labs": a body someone founded. */
const FOUNDED = /\b(?:co-?)?founded\s+$/i;
/**
 * The kind right before the name, a space between ("the company Synthelix"), or a table's whole
 * cell before it ("Company⇥Synthelix Health"; not "Resources and Organisation⇥Maarten K…").
 */
const describedBy = (kinds: string, gap: string) =>
  new RegExp(String.raw`\b(?:${kinds})${gap}$|(?:^|[\n\t])[ ]*(?:${kinds})[ ]*\t+$`, 'i');
/** (one word's kind across a line's end too: "the start-up⏎Synthelix") */
const DESCRIBED = describedBy(KINDS, String.raw`[^\S\t]+`);

/** "co-founder and CTO of Simulix Health": only a company has a chief executive or founders. */
const EXECUTIVE_OF =
  /\b(?:(?:CEO|CTO|CFO|COO|CMO|CSO|CIO|founder|co-?founder|chief executive|managing director|owner)\s+(?:of|at)|(?:partner|vice[- ]president|president|chair(?:man|woman|person)?|director|board member)\s+at)\s+$/i;

/**
 * (the name ends there, not "founder of Simulix Health Anna Berg"; and it is not a company the text
 * writes with its legal form elsewhere, "Lumosa Health Oy", found by that name)
 */
const executiveOf = (text: string, said: string, name: string, end: number): boolean =>
  EXECUTIVE_OF.test(said) &&
  !looksLikePerson(name.split(/\s+/).slice(-2).join(' ')) &&
  /^(?:\s*[,.;:()]|\s*$|\s+(?:and|in|which|who|said|says)\b)/.test(text.slice(end, end + 12)) &&
  !text
    .split(name)
    .slice(1)
    .some((rest) => LEGAL_FORM_AFTER.test(rest));
const LEGAL_FORM_AFTER =
  /^,?\s+(?:Oy|Oyj|AB|ApS|A\/S|AS|GmbH|AG|SA|S\.A\.|SAS|SRL|S\.r\.l\.|BV|B\.V\.|NV|N\.V\.|Ltd|Limited|Inc|plc|s\.r\.o\.|sp\. z o\.o\.)\b/;

const DESCRIBED_MANY = describedBy(
  String.raw`start-?up|company|firm|spin-?off|manufacturer|consultancy|scale-?up|biotech|medtech|fund|magazine|journal|newspaper|think[- ]tank|NGO|charity|association|federation|alliance|regulator|lobby|organi[sz]ation`,
  String.raw`[ ]+`,
);

const isOrgWord = (fold: string): boolean =>
  ORG_HEADS.has(fold) || ORG_STEM.test(fold) || ORG_WORDS.has(fold) || isLegalForm(fold);

/** A head word ("Institute"), or a legal form written as one ("SA", not the "Sá" of "Sá da Costa"). */
const isHead = (t: Token): boolean =>
  (ORG_HEADS.has(t.fold) && (!isLegalForm(t.fold) || writtenAsForm(t))) || ORG_STEM.test(t.fold);

/**
 * "Court of Justice", "Court of Auditors", "Constitutional Court", "General Court": a court named
 * as one (not "the Atrium Food Court", "MEP Barry Court", "the Tribunal Hall").
 */
const COURT_KIND =
  /^(?:constitutional|supreme|administrative|general|district|federal|regional|higher|appeal|appeals|european|international|civil|criminal|labour|labor)$/;
const isCourt = (words: readonly Token[]): boolean =>
  words.some(
    (t, k) =>
      /^(?:court|tribunal)$/.test(t.fold) &&
      (words[k + 1]?.raw === 'of' || COURT_KIND.test(words[k - 1]?.fold ?? '')),
  );

/** A line of three words or more, all in capitals: a heading ("EATRIS ERIC" alone is a name). */
function inCapitalsLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end < 0 ? undefined : end);
  const words = line.match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 3 && line === line.toUpperCase();
}

/**
 * A site's menu: six items or more split by wide spaces, each of one to three words ("Home   My
 * Network   Jobs   Messaging", "About   Help Center   Privacy & Terms ▾"): no organisation's names.
 */
function inMenuLine(text: string, at: number): boolean {
  // (spaces, not a table's tabs)
  const line = lineAt(text, at);
  const items = line.trim().split(/ {3,}/);
  // (a menu's items short, a third of them one word: "Home   My Network   Jobs   …", "About
  // Help Center   Ad Choices   …"; not names in a PDF's columns, "Sorbonne Université   …")
  const words = items.map((i) => i.replace(/\s*▾$/, '').split(/\s+/).length);
  const single = words.filter((n) => n === 1).length * 3 >= items.length;
  const short = words.filter((n) => n <= 2).length * 4 >= items.length * 3;
  return (
    !line.includes('\t') &&
    items.length >= 6 &&
    single &&
    short &&
    !items.some((i) => /\d/.test(i)) &&
    items.every((i: string) => i.split(/\s+/).length <= 4)
  );
}

export function headedOrgRuns(
  text: string,
  tokens: readonly Token[],
  covered: Set<number>,
): number[] {
  const starts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const run = orgRun(text, tokens, i, covered);
    if (!run) continue;
    if (NAME_PARTICLES.has(tokens[i - 1]?.raw ?? '')) {
      i = run.last - 1; // "von der Leyen II Commission": a person's name runs into it
      continue;
    }
    const words = tokens.slice(run.first, run.last);
    // "BUILDING TRUST IN HEALTH AI", "HOSPITALS STRUGGLE WITH …": a heading in capitals
    if ((words.length >= 2 && inCapitalsLine(text, run.start)) || inMenuLine(text, run.start)) {
      i = run.last - 1;
      continue;
    }
    // ("our Digital Hospital Strategy 2025–2030": the last word before the years)
    const lastWord = (words.filter((t) => /\p{L}/u.test(t.raw)).at(-1) ?? words.at(-1)!).fold;
    const work = words.some((t) => DOCUMENT_HEADS.has(t.fold)) || INITIATIVE_HEADS.has(lastWord);
    const said = text.slice(Math.max(0, run.start - 30), run.start);
    // ("the investor Warren Buffett": several words only after a kind no person is)
    const described =
      BASED.test(said) ||
      // ("Dr Kwame Mensah-Bakker founded Pulsar Diagnostics in Rotterdam": what one founds)
      (FOUNDED.test(said) && words.length <= 4 && !looksLikePerson(run.text)) ||
      (words.length === 1
        ? // ("Startup⇥Country": a table's header, its next cell a common word)
          DESCRIBED.test(said) && !(/\t$/.test(said) && headerLine(lineAt(text, run.start)))
        : words.length <= 4 &&
          (DESCRIBED_MANY.test(said) || executiveOf(text, said, run.text, run.end))) ||
      (words.length <= 4 && describedAfter(text.slice(run.end, run.end + 60), run.text));
    // a legal form written as companies write it ("S.A.", "GmbH"), not a name's word ("Sá da Costa")
    const formWritten =
      hasLegalForm(run.text) &&
      (words.some((t) => isLegalForm(t.fold) && writtenAsForm(t)) ||
        /\.\s*$|[/.]\p{L}/u.test(run.text));
    // ("Rhône Santé Capital", "Fondo Salus Capital": an investor; not "Capital Markets Union")
    const investor = lastWord === 'capital' && words.length >= 2;
    // ("Vandenberghe & Partners Bedrijfsrevisoren": a firm of partners)
    // (a proper name before it: not "Members & Partners", "Investors & Co-founders")
    const partner =
      /(\p{Lu}[\p{L}'’-]*)\s+(?:&|and)\s+(?:Partners|Associates|Co\.?)(?![\p{L}-])/u.exec(run.text);
    const firm =
      partner !== null &&
      !/^-/.test(text.slice(run.end)) &&
      ![partner[1]!, partner[1]!.replace(/s$/, '')].some(isCommonWord) &&
      !/(?:ers|ees|ors|ists|ants|ents|ives)$/.test(partner[1]!);
    const headed =
      !work &&
      (words.some(isHead) || isCourt(words) || formWritten || described || investor || firm);
    const of = words.findIndex((t) => t.raw === 'of');
    // a first name just before the run counts ("Kacper" when the run is too long to start there)
    const prev = tokens[i - 1];
    const lead = prev?.cap && !isOrgWord(prev.fold) && text[prev.end] === ' ' ? 1 : 0;
    const person =
      of >= 1 &&
      of + lead >= 2 &&
      of + lead <= 3 &&
      words.slice(0, of).every((t) => !isOrgWord(t.fold));
    // "Professor Lars Eriksson of Uppsala University": a person's name, then the organisation
    // (or a one-word compound: "Jens Mikkelsen of Rigshospitalet")
    const after = words.length - of - 1;
    if (person && (after >= 2 || (after === 1 && COMPOUND_HEAD.test(words[of + 1]!.fold)))) {
      i = run.first + of;
      continue;
    }
    // ("at Rigshospitalet in Copenhagen": one compound word with a head, where a place is named)
    const compound =
      words.length === 1 &&
      COMPOUND_HEAD.test(words[0]!.fold) &&
      /\b(?:at|from|of|in|to|with|and)\s+(?:the\s+)?$/.test(said);
    if ((words.length >= 2 || described || compound) && headed) starts.push(i);
    i = run.last - 1;
  }
  return starts;
}

/** A table's header: three cells or more, each a few capitalised words ("Time⇥Startup⇥Country"). */
const headerLine = (line: string): boolean => {
  const cells = cellsOf(line);
  return cells.length >= 3 && cells.every((c) => /^\p{Lu}[\p{L} &/-]{0,30}$/u.test(c.text));
};
