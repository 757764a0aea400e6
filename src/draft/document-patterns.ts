import { DAY_WORDS, MONTHS } from './calendar-words.js';
import { ACT_BEFORE_NUMBER } from './numbered-acts.js';
import { DOCUMENT_HEADS } from './vocabulary.js';

/* The patterns that name a document in a text: a noun and its title, a title and its noun. */

/**
 * (a Commission "Communication" is named so only before its quoted title; so is a "strategy":
 * 'The laboratory's strategy, "Modelling Every Heart: …"', a plan of its own, not a policy)
 */
const NOUNS = [
  ...DOCUMENT_HEADS.keys(),
  'policy brief',
  'white paper',
  'communication',
  'strategy',
].sort((a, b) => b.length - a.length);
/** (a committee's "opinion" is a work only before its quoted title: 'The opinion, "…" (SOC/834)') */
const QUOTED_NOUNS = [...NOUNS, 'opinion'].sort((a, b) => b.length - a.length);
/**
 * "a report entitled “X”", "the policy brief ‘X’", "Our position paper, "X"", "the report 'X'", "a
 * position paper with Heart Failure Patients Europe (HFPE), "X"" (who wrote it with us): a
 * quoted title after a document noun (the title in group 2, or 3 between straight single quotes).
 */
export const TITLED = new RegExp(
  String.raw`\b(${QUOTED_NOUNS.join('|')})(?:\s+with\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’&-]*\s+){0,6}\p{Lu}[\p{L}'’&-]*(?:\s+\([^()\n]{2,12}\))?(?=,))?,?\s+(?:[A-Z]{1,3}\s?\d+(?:\.\d+)*,?\s+)?(?:(?:launch|presentation|release)\s*[–—:-]\s*|,\s*|(?:entitled|titled|called|named)\s+)?(?:[“"‘]([^“”"’]{4,160})[”"’]|'(\p{Lu}[^'\n]{3,159})'(?=[\s,.;:)]))`,
  'giu',
);
/**
 * "policy brief Auditable AI in the Hospital": a capitalised title right after the noun, and its
 * subtitle after a colon when the clause ends with it ("report Digital Twins in the Portuguese NHS:
 * A Readiness Assessment.").
 */
const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{N}'’-]*`;
// (a year in the title too: "Digital Health in Europe 2026: Who Benefits?")
const NEXT_WORD = String.raw`(?:(?: (?:of|for|in|on|and|the|to|a|with))* (?:${CAP_WORD}|(?:19|20)\d{2}\b))`;
export const CAPPED_AFTER = new RegExp(
  String.raw`\b(${NOUNS.join('|')}) (${CAP_WORD}${NEXT_WORD}+(?:: ${CAP_WORD}${NEXT_WORD}*\??(?=[.,;)]|[ \t]*(?:\n|$)))?)`,
  'gu',
);
/**
 * "Attachment: … – Position paper: Trustworthy Virtual Human Twins for European hospitals": a
 * paper's genre, a colon and its title to the line's end, the line's own or after a file's name
 * (no sentence: not "Report: EU to delay"; not an agenda's "Item 3 – Roadmap: Presentation by …").
 */
export const GENRE_COLON = new RegExp(
  String.raw`(?:^[ \t]*|\.(?:pdf|docx?|odt)[ \t]+[–—-][ \t]+)((?:[Pp]osition|[Pp]olicy|[Ww]hite|[Dd]iscussion|[Ww]orking|[Rr]eflection|[Bb]riefing) paper|[Pp]olicy brief|[Rr]oadmap|[Ff]act ?sheet)[ \t]*:[ \t]+(?!(?:Available|Download|See|Read|Click|Coming|Forthcoming|Only|Not|English|French|German|TBC|TBD)\b)(\p{Lu}(?:(?!\b(?:is|are|was|were|will|to|has|have)\b)[^\n:.!?]){8,150})$`,
  'gmu',
);
/** "position paper, Nothing About Us Without Our Data: Patient Principles for …": after a comma,
 * a title of four capitalised words or more (not "the report, European Commission officials"),
 * maybe opening with a list ("white paper, Twins, Trust and Trade-offs: AI in …"). */
export const CAPPED_AFTER_COMMA = new RegExp(
  String.raw`\b(${NOUNS.join('|')}), ((?:\p{Lu}[\p{L}\p{N}'’-]*)(?:(?:, \p{Lu}[\p{L}\p{N}'’-]*)+ and \p{Lu}[\p{L}\p{N}'’-]*)?(?:(?: (?:of|for|in|on|and|or|the|to|a|with))*[:?]? \p{Lu}[\p{L}\p{N}'’-]*){3,})`,
  'gu',
);
/**
 * "READ: Twins Need Data – Ten Asks for EHDS Implementation, EDTAH position paper (February 2026)":
 * a title, a comma, whose (a name, no article: not "For example, the OECD report (2025)") and what
 * kind of document it is, then its date in brackets (a year, maybe its month).
 */
export const TITLE_THEN_NOUN = new RegExp(
  String.raw`(?:^|:[ \t]+)(\p{Lu}[^,\n:]{5,140}?),[ \t]+\p{Lu}[\p{L}\p{N}'’-]*[ \t]+(?:[\p{L}\p{N}'’-]+[ \t]+){0,2}?(${NOUNS.join('|')})[ \t]+\((?:\p{Lu}\p{Ll}+[ \t]+)?\d{4}\)`,
  'gmu',
);
/** A list item "- Validating AI in Clinical Practice – policy brief (December 2025)". */
export const LISTED = new RegExp(
  String.raw`^[-*•][ \t]+([^\n–—]{4,160}?)[ \t]+[–—-][ \t]+(${NOUNS.join('|')})\b`,
  'gimu',
);
/**
 * "HaDEA's evaluation summary report", "the network's annual survey": a document named in small
 * letters after whose it is, one to three words before its head.
 */
export const OWNED = new RegExp(
  String.raw`(\p{Lu}[\p{L}\p{N}-]*)['’]s\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,3}(report|roadmap|paper|brief|study|survey|guidelines|recommendations|whitepaper|manifesto|declaration))\b`,
  'gu',
);
/** Words that say which one, not what it is called: "its latest report", "the new roadmap". */
export const NOT_A_NAME = new Set(
  'new latest recent previous next own first second third last this that its their our his her the a an'.split(
    ' ',
  ),
);
/**
 * "the Study on the uptake of artificial intelligence in European hospitals, carried out …": a
 * capitalised head after "the", then "on"/"of"/"into" and words in small letters, to a comma or
 * the verb of the sentence: a title written in sentence case.
 */
export const SENTENCE_CASE = new RegExp(
  String.raw`(?<!\b(?:for|of|on|and)\s)\b[Tt]he\s+(Study|Report|Survey|Review|Evaluation|Assessment|Analysis|Mapping)\s+(?:on|of|into)\s+[^,.;:()\n–—"“]{3,120}?(?=\s*[,.;:()\n–—]|\s+(?:is|are|was|were|will|has|have|had|finds|found|shows|showed|published|carried|conducted|commissioned|prepared|presented|released|held|by|which|that|on\s+\d|in\s+\d)\b)`,
  'gu',
);

/**
 * "a reflection paper on the credibility assessment of mechanistic models", "the own-initiative
 * report on virtual human twins in European healthcare", "Council conclusions on …": a document's
 * genre in small letters, then "on" and what it is about, to a comma, a bracket or the sentence's
 * next clause ("for public consultation", "which …"): a title in sentence case.
 */
export const GENRE_ON = new RegExp(
  String.raw`\b(?:(?:Council|Commission|Presidency)\s+(conclusions)|((?:[Rr]eflection|[Pp]osition|[Dd]iscussion|[Cc]oncept|[Ww]hite|[Gg]reen) paper|(?:[Qq]ualification|[Ss]cientific) opinion|open letter|own-initiative report|(?:[Ii]mplementation|[Pp]rogress) report|guidelines|[Dd]raft\s+[Ii]mplementing\s+(?:act|[Rr]egulation|[Dd]ecision)|[Dd]raft\s+[Dd]elegated\s+(?:act|[Rr]egulation))|(?<=\b(?:the|draft|own-initiative)\s)(report))\s+on\s+(?!\d|${DAY_WORDS}\b|(?:its|their|his|her|our|my|how|what|which|whether|it|them|this|that|behalf|time|track|schedule|the\s+(?:basis|table|ground|agenda|website)|(?:a|the)\s+(?:regular|daily|weekly|monthly|yearly|case-by-case))\b)[^,.;:()
–—"“]{2,110}?(?=\s*[,.;:()
–—]|\s+(?:is|are|was|were|will|would|has|have|had|for|which|that|by|to|from|with|as|adopted|published|presented|released|launched|approved|endorsed|submitted|issued|foreseen|closes|opens|(?:last|next|this)\s+(?:week|month|year)|and\s+(?:the\s+|a\s+|an\s+)?(?:\p{Lu}\p{L}*\s+){0,3}(?:[Pp]aper|[Rr]eport|[Oo]pinion|Chair|Head|Director)|on\s+\d|in\s+\d|in\s+(?:the\s+)?(?:first|second|third|fourth|last|next|spring|summer|autumn|winter|${MONTHS})\b)\b)`,
  'gu',
);

/**
 * "our white paper, In-silico evidence for CE marking: a practical playbook for SMEs, which we
 * wrote …", "the Council's 2025 foresight report Digital twins in Finnish health research, which
 * …": whose genre (after "the", only right before the title: not "According to the report,
 * Member States …"), then a title in sentence case up to a comma and a clause about it.
 */
export const APPOSED_TITLE =
  /\b(?:(?:our|their|its|his|her|a|an|new|latest|\p{L}+['’]s)\s+(?:[\p{L}\d-]+\s+){0,2}(white paper|position paper|policy brief|report|study|roadmap|guidelines|manifesto|declaration|charter|scorecard),?|the\s+(?:[\p{L}\d-]+\s+){0,2}(white paper|position paper|policy brief|report|study|roadmap|guidelines|manifesto|declaration|charter|scorecard))\s+(\p{Lu}[^,\n"“”]{10,150}?),\s+(?:which|that|published|released|written|co-written|produced|prepared|drafted|(?:in|on|by|next|later\s+this)\s+(?:\p{Lu}\p{Ll}+|\d|year|month|week))\b/gu;

/**
 * "Mr Abadie handed over APPE's position paper, Nothing about us without us: patients and virtual
 * twins.": its genre, then a title in sentence case with its subtitle after a colon, up to the
 * sentence's end.
 */
export const APPOSED_SUBTITLED =
  /\b(?:our|their|its|his|her|a|an|new|latest|the|\p{L}+['’]s)\s+(?:[\p{L}\d-]+\s+){0,2}(white paper|position paper|policy brief|report|study|roadmap|guidelines|manifesto|declaration|charter|scorecard),?\s+(\p{Lu}[^,\n"“”.:;]{3,80}:\s[^,\n"“”.:;]{3,100})\.(?=\s|$)/gu;

/**
 * "That's why Twins at the Bedside, the white paper the European Society … published in January,
 * matters": a title in Title Case, then ", the <genre>" and a clause that says whose it is.
 */
export const TITLE_THEN_GENRE =
  /(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:at|the|of|for|in|on|and|to|a|an|or|with|from|by)\s+)*\p{Lu}[\p{L}'’-]*){1,10}),\s+the\s+(white paper|report|study|roadmap|policy brief|position paper|survey|strategy|manifesto|declaration)\s+(?=(?:the|that|which|published|released|written|prepared|by|we|it|they)\b)/gu;

/**
 * "EPDA publishes Twins for Patients, a charter on …", "EISMIA publishes In Silico Europe 2030.
 * Based on a survey …, the report estimates …": a title in Title Case after a verb of publishing,
 * then its genre: in an apposition that ends with it, or as the subject "the <genre>" of the next
 * sentence (not "the report by the Court …", another one).
 */
const GENRES = String.raw`white paper|position paper|policy brief|report|study|survey|roadmap|guidelines|manifesto|declaration|charter|strategy|handbook|guide`;
export const PUBLISHED_TITLE = new RegExp(
  String.raw`\b(?:publishe[sd]|release[sd])\s+(\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:(?:for|of|in|on|and|the|to|a|an|at|with)\s+)*[\p{Lu}\p{N}][\p{L}\p{N}'’-]*){1,10})(?:,\s+an?\s+(?:[\p{L}-]+\s+){0,2}(${GENRES})(?=\s+(?:on|of|by|for|that|which|signed|published|with|in|from|about)\b|[,.;:)]|$)|\.\s+[^.\n]{0,120}?\b[Tt]he\s+(${GENRES})\s+(?!by\b|of\b)\p{Ll}+s\b)`,
  'gu',
);

/** A list item: a title when it has a document word ("- Commission Decision C(2026) 412 …"). */
/** A file's type as a page's download line writes it: "PDF", "DOCX", "XLSX". */
export const FILE_TYPE = '(?:PDF|DOCX?|XLSX?|ODT|ODS|PPTX?|ZIP|EPUB|CSV)\\b';

/** A list's item: "- …", "• …", "a) …". */
export const BULLET = /^(?:[-*•–—]|[a-z]\))[ \t]+([^\n]{6,200})$/gmu;
/** A file's icon before its title, the file's type after it ("📄 NCPeH-PT Activity Report 2025 (PDF)"). */
export const FILE_ICON = /^[📄📃📑📎]\uFE0F?[ \t]+([^\n]{6,200})$/gmu;
/**
 * After a title's head, on its line: "on Cardiac Digital Twins", "for Patient-Controlled Twins",
 * "of Understanding on Cross-Border Health Data Cooperation" (not "… on Monday"), "on Virtual Human
 * Twins under the European Health Data Space",
 * (not "Law 14/2007 on Biomedical Research and Royal Decree 1716/2011": two acts),
 * "2026–2030", a number in a series ("No. 3", "Vol. 2", "n.º 4-A/2026"), an act's number ("C(2025) 1190",
 * "(EU) 2025/327", "Law 9/2017 on …").
 */
export const TAIL = new RegExp(
  String.raw`^(?: \d{1,4}\/\d{4}\b)?(?: (?:on|for|of|in|to)(?: (?:the|a))?(?! ${MONTHS}\b)(?: \p{Lu}[\p{L}\p{N}'’-]*(?: (?:and(?! (?:on|in|to|at|by|with|from)\b| ${ACT_BEFORE_NUMBER}\b)|of|for|in|the|under(?= the \p{Lu})|on(?! (?:${MONTHS}|${DAY_WORDS})\b)))*)+)?(?: \p{Lu}{1,3}\(\d{4}\) ?\d+\b| \((?:EU|EC|EEC|Euratom)\) (?:No )?\d{2,4}\/\d+\b)?(?: \d{4}(?:[–-]\d{2,4})?)?(?: (?:No|Nr|Vol|[Nn]\.?º|[Nn]\.o)\.? ?\d+(?:-[A-Z])?(?:\/\d{4})?\b)?`,
  'u',
);
/** A list item that is a sentence ("- The roadmap is adopted.", "- HaDEA will report …", an action point "- EPF to send the paper …"). */
export const SENTENCE_ITEM =
  /\b(?:is|are|was|were|will|shall|has|have|had|would|should|can|may|must)\b|^(?:\p{Lu}[\p{L}-]*\s+){1,4}to\s+(?:send|circulate|share|prepare|draft|provide|submit|update|revise|check|contact|organise|organize|follow|report|present|invite|set|schedule|confirm|review|publish|finalise|finalize)\b/u;
