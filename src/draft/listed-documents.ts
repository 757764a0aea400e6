/** Documents a page lists: "- Title – policy brief", "- Terms of reference … (PDF, 312 KB)". */
import { BULLET, FILE_ICON, FILE_TYPE, SENTENCE_ITEM, TITLED } from './document-patterns.js';
import { titleCase } from './dateline.js';
import { foldedWords } from './tokens.js';
import { looksLikePerson } from './person-cues.js';
import { CITIES, DOCUMENT_HEADS } from './vocabulary.js';

export interface ListedDocument {
  readonly name: string;
  readonly kind: string;
  readonly head: string;
  readonly start: number;
}

/**
 * "(PDF, 312 KB)", "(DOCX)": a file's type and size after a list item: an attachment (and what the
 * line goes on to say of it: "… (PDF, 860 kB), published by NCPZD in January 2026: …").
 */
const FILE = new RegExp(
  `\\s+\\((?:[^()]{0,40}?,\\s*)?${FILE_TYPE}[^)]*\\)(?:[.,:;][ \\t].*)?$`,
  'i',
);

/** A page's own forms and notices, attached to every call and every site: no documents to track. */
export const BOILERPLATE =
  /^(?:privacy (?:statement|notice|policy)|declaration of honou?r|cookie (?:policy|notice)|legal notice|terms of use|application form|data protection notice|list of participants|participants list|attendance list)$|^(?:photos?|pictures?|images?|slides?|videos?|recordings?|logos?)\b/i;

const REPORTED = /\s\p{Ll}+ed,\s/u;
/** "• Financial guidance for 2026 unchanged": a news line's state after the work's words. */
const STATE_AFTER =
  /\s(?:unchanged|confirmed|approved|adopted|published|delayed|postponed|raised|lowered|reduced|increased|withdrawn|expected|due|on track)$/;

/**
 * "Information session – slides (28 January 2026)⏎PDF · 2.1 MB · 30 January 2026": a download's
 * title over its file's line (no label, no list: not "Language: English, French" or "Anna Berg,
 * Karolinska Institutet" over its file).
 */
const OVER_FILE_LINE = new RegExp(
  `^[ \\t]*(?!(?:Published|Posted|Updated|Language|Author)\\b)(\\p{Lu}[^\\n:,]{5,199})\\n[ \\t]*${FILE_TYPE}[ \\t]*[·|,–—(-]`,
  'gmu',
);

/**
 * "ERC-2025-StG panel members – Life Sciences⇥PDF – 214.6 KB": a downloads table's row, the title
 * in its first cell, the file's type (and size) in the next.
 */
const FILE_CELL_LINE = new RegExp(
  `^[ \\t]*(?![-*•–—][ \\t])(\\p{Lu}[^\\n\\t]{5,199}?)[ \\t]*\\t[ \\t]*${FILE_TYPE}(?:[ \\t]*[·|,–—(-][^\\n]*)?$`,
  'gmu',
);

/** "Opening statement – HSE (PDF, 231 KB)": a line that ends with its file, a list's or not. */
const ATTACHED_LINE = new RegExp(
  `^(?![-*•–—][ \\t])(?![ \\t]*(?:Download|Read|View|See|Register|Apply|Get|Access|Published|Related|Print)\\b)[ \\t]*(\\p{Lu}[^\\n]{5,200}?\\((?:[^()\\n]{0,40}?,[ \\t]*)?${FILE_TYPE}[^)\\n]*\\))[ \\t]*$`,
  'gmu',
);

/**
 * A Commission document's cover: "Proposal for a COUNCIL RECOMMENDATION⏎on the deployment of
 * Virtual Human Twins in health and care systems" — the proposal, its act's kind in capitals, the
 * subject on the next line.
 */
const PROPOSAL_COVER =
  /^[ \t]*(Proposal for an?[ \t]+)((?:[A-Z]{2,}[ \t]+)*[A-Z]{2,})[ \t]*\n[ \t]*((?:on|establishing|amending|laying down|concerning|repealing)\b[^\n]{5,200}?)[ \t]*$/gm;

function proposalCovers(text: string): ListedDocument[] {
  return [...text.matchAll(PROPOSAL_COVER)].map((m) => ({
    name: `${m[1]!.trim()} ${titleCase(m[2]!)} ${m[3]!}`,
    kind: 'LEGAL_ACT',
    head: 'proposal',
    start: m.index + m[0].indexOf(m[1]!),
  }));
}

/**
 * List items that are a document's title (a document word in it, or a file's type after it), and
 * downloads' titles over their file's line.
 */
export function listedDocuments(text: string): ListedDocument[] {
  const items = [
    ...[...text.matchAll(BULLET)].map((m) => ({ m, attached: FILE.test(m[1]!), download: false })),
    ...[...text.matchAll(FILE_ICON)]
      .filter((m) => FILE.test(m[1]!))
      .map((m) => ({ m, attached: true, download: false })),
    ...[...text.matchAll(OVER_FILE_LINE)].map((m) => ({ m, attached: true, download: true })),
    // (a title with no comma, no one's name before a dash: not a speakers' table, "Jean Dupont,
    // Institut Pasteur⇥PDF", "Maria Rossi – Digital health in Italy⇥PDF")
    ...[...text.matchAll(FILE_CELL_LINE)]
      .filter((m) => !m[1]!.includes(',') && !looksLikePerson(m[1]!.split(/\s[–—-]\s/)[0]!))
      .map((m) => ({ m, attached: true, download: true, cell: true })),
    // (not a page's tools: "Download vCard | Print | Organisation chart (PDF)")
    ...[...text.matchAll(ATTACHED_LINE)]
      .filter((m) => !/[|·:]/.test(m[1]!))
      .map((m) => ({ m, attached: true, download: false })),
  ];
  return [
    ...items.flatMap((item) => {
      const d = itemDocument(item.m, item.attached, item.download, 'cell' in item);
      return d ? [d] : [];
    }),
    ...proposalCovers(text),
  ];
}

/** A list item's or a download's document, if its line names one. */
function itemDocument(
  item: RegExpMatchArray,
  attached: boolean,
  download: boolean,
  cell: boolean,
): ListedDocument | undefined {
  // ("- Roadmap for … (EDITH, 2025) — edith-csa.eu": a link after a dash, then a bracket)
  const bare = item[1]!
    .replace(FILE, '')
    .replace(/\s+[–—-]\s+(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/u, '')
    // ("• Financial Statements 2025, audited by …", "…, v1.2": who made it, its version)
    .replace(
      /,[ \t]+(?:audited|prepared|published|written|edited|drafted|produced|commissioned)[ \t]+by[ \t].*$/u,
      '',
    )
    .replace(/,[ \t]+v(?:ersion)?[ \t]?\d+(?:\.\d+)*$/u, '')
    // ("• X Data Management Plan (Deliverable D1.2), June 2025": its date after a comma)
    .replace(/,[ \t]+(?:\d{1,2}[ \t]+)?(?:\p{Lu}\p{Ll}{2,8}[ \t]+)?(?:19|20)\d\d$/u, '')
    // (and the city where it was signed: "Joint Declaration of Intent, Rome")
    .replace(/,[ \t]+(\p{Lu}[\p{L}-]+)$/u, (all, city: string) =>
      CITIES.has(city.toLowerCase()) ? '' : all,
    );
  // (a download's title is its whole line: "Information session – slides (28 January 2026)")
  const full = agendaWork(download ? bare : bare.replace(/\s+\([^)]*\)$/, '')).trim();
  // ('- Data Protection Commission – "Secondary use of health data …" (12 January 2026)': a
  // body's item, the quoted words its work's title)
  const quoted = QUOTED_AFTER_DASH.exec(full);
  if (quoted && /^[-*•]/.test(item[0])) {
    const at = item.index! + item[0].indexOf(quoted[1]!);
    return { name: quoted[1]!, kind: 'REPORT', head: 'report', start: at };
  }
  // "Title – policy brief": the kind after the dash is no part of the title; "… – final report" is
  const kindOnly = /\s+[–—]\s+((?:\p{Ll}+\s?){1,2})$/u.exec(full);
  const dropped =
    kindOnly && foldedWords(kindOnly[1]!).every((w) => DOCUMENT_HEADS.has(w) || w === 'policy');
  // ("- Digital Twin Roadmap – Jan Novak, DG CNECT": a capitalised tail is who, not the title;
  // "– Survey Report 2025", "– Pilot Implementation Plan" are the title's genre; ", with the
  // European Society …" its co-author)
  // ("Opening statement – Department of Health": a genre's name alone says whose after the dash;
  // a downloads table's title cell is all title, "StG panel members – Life Sciences")
  const genre = /^(\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?)\s+[–—]\s/u.exec(full)?.[1];
  const whose = genre !== undefined && foldedWords(genre).some((w) => DOCUMENT_HEADS.has(w));
  const line = (
    dropped
      ? full.slice(0, kindOnly.index)
      : whose || cell
        ? full
        : full.replace(
            /\s+[–—]\s+(?!\p{Ll})(?!(?:[\p{L}-]+\s+){0,3}(?:Report|Paper|Brief|Study|Survey|Plan|Assessment|Roadmap|Framework|Guide|Guidelines|Toolkit|Summary)\b(?:\s+\d{4})?$)(?!(?:[\p{L}-]+\s+)?(?:Report|Paper|Brief|Study|Survey)\b).*$/u,
            '',
          )
  )
    .replace(/,\s+(?:with|together with|in partnership with)\s+.*$/u, '')
    .trim();
  const found = [...foldedWords(line), ...(dropped ? foldedWords(kindOnly[1]!) : [])].find((w) =>
    DOCUMENT_HEADS.has(w),
  );
  // (an attachment with no document word names one in three words or more: not "English (PDF)")
  const head = found ?? (attached && line.split(/\s+/).length >= 3 ? 'report' : undefined);
  if (!head || !/\p{Lu}/u.test(line[0] ?? '') || SENTENCE_ITEM.test(line)) return undefined;
  // ("- Vienna Declaration on Interoperable Health Twins presented, 38 signatories so far": a
  // news line about the work, which another sentence names)
  if (REPORTED.test(line) || STATE_AFTER.test(line) || BOILERPLATE.test(line)) return undefined;
  // ("• Results presented yesterday in Porto; preprint available on medRxiv": a news line)
  if (/^\p{Lu}\p{Ll}+\s+\p{Ll}+ed\b/u.test(line) || /;\s/.test(line)) return undefined;
  // ('– Lexmed Partners, white paper "Synthetic Controls …"': the quoted words are its title; not
  // 'Guidance on the "once-only" principle …')
  if (new RegExp(TITLED.source, 'iu').test(line)) return undefined;
  // ("– And the guidelines published last week?", "– Questions on the report from …": an
  // interview's or an agenda's dash line; a dash's item names its work with a capital)
  if (/^[–—]/.test(item[0]) && (/\?$/.test(line) || !capitalHead(line))) return undefined;
  const start = item.index! + item[0].indexOf(line);
  return { name: line, kind: DOCUMENT_HEADS.get(head)!, head, start };
}

const QUOTED_AFTER_DASH = /^\p{Lu}[^–—"“\n().;,]{1,80}\s[–—]\s["“]([^"”\n]{8,200})["”]/u;

/** A document's word written with a capital in the line: "Implementation Roadmap for …". */
const capitalHead = (line: string): boolean =>
  line.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && DOCUMENT_HEADS.has(w.toLowerCase()));

/** An agenda item's action on a work: "Presentation of", "Launch of", "Adoption of the". */
const AGENDA_ACTION =
  /^(?:Presentation|Launch|Discussion|Adoption|Approval|Review|Endorsement)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?(?:(?:draft|new|final|updated|revised)\s+)?(?=\p{Lu})/u;

/**
 * "Presentation of Lithuania's draft National EHDS Implementation Roadmap 2026–2029 (Tomas
 * Vaitkus). The roadmap foresees …": the work an agenda's item acts on, without its presenter in
 * brackets, the item's next sentence or an apposition ("…, the final output of EDITH").
 */
function agendaWork(item: string): string {
  const action = AGENDA_ACTION.exec(item);
  if (!action) return item;
  return (
    item
      .slice(action[0].length)
      // (the item's next sentence: "… (Tomas Vaitkus). The roadmap foresees …"; not "St. Gallen")
      .split(/(?<=\p{Ll}\p{Ll}|\))\.(?:\s+(?=\p{Lu})|$)/u)[0]!
      // (an apposition in small letters: "…, the final output of EDITH"; not "…, the Law and …")
      .split(/,\s+the\s+(?=\p{Ll})/u)[0]!
      // (the presenter in the last brackets, not "(Artificial Intelligence) in Healthcare")
      .replace(/\s+\([^()]*\)\s*$/, '')
  );
}
