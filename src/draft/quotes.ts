import type { Mention } from './mentions.js';
import { isThesisTitle } from './thesis-titles.js';
import { sentenceAt, type Sentence } from './tokens.js';
import { headsItem, paragraphAt } from './text-lines.js';

/** A span in quotation marks that reads as speech, and who the text has saying it. */
export interface Quote {
  readonly start: number;
  readonly end: number;
  /** The words inside the marks, exactly. */
  readonly text: string;
  readonly speaker?: Mention;
  /** How the speaker was found: named in the quote's sentence, or in an earlier one (check). */
  readonly attribution?:
    'same sentence' | 'earlier sentence' | 'interview answer' | 'speech' | 'transcript';
  /** The text from the speaker's name to the quote, for evidence. */
  readonly evidence?: string;
}

/**
 * “…”, "…" (closed by ’’ too, as typed), and ‘…’ (an apostrophe inside, as in Europe’s, does not
 * end it); '…' between straight marks after a colon or a verb of saying ("stressed that '…'"). A short one is matched too (and dropped later), so that the marks of ("Helixa") pair
 * with each other, not with the next quote's.
 */
const QUOTED =
  /[“"]([^“”"]{1,2000}?)(?:”|"|’’)|‘([^‘]{8,2000}?)’(?!\p{L})|«\s?([^«»]{8,2000}?)\s?»|(?<=:\s)'(\p{Lu}[^'\n]{8,1000}?[.!?])'(?=[\s,;]|$)|(?<=\b(?:said|says|stressed|stresses|added|adds|noted|warned|argued|insisted|explained|stated|declared|would|will)\s+(?:that\s+)?)'(\p{L}[^'\n]{8,1000}?)'(?=[\s,;.]|$)/gu;

const TALK =
  /(?:(?:^|\n)[ \t]*(?:\d{1,2}[:.]\d{2}\s*[–—-]?\s*)?(?:keynote|talk|session|panel|lecture|presentation)\s*[:–-]?|\b(?:entitled|titled))\s*$/i;

/** A work's noun right before the quote: 'the new work item "Health informatics – …"', 'the report "…"'. */
const WORK_BEFORE =
  /\b(?:work[ \t]+item|deliverable|report|study|paper|guideline|specification|standard|book|chapter|article|motion|theme|topic)[ \t]*$/i;

/** Quotes: at least four words with a lower-case one (not a quoted title like "Project Coordinator"). */
export function findQuotes(
  text: string,
  sentences: readonly Sentence[],
  people: readonly Mention[],
  titles: readonly { start: number; end: number }[] = [],
): Quote[] {
  const out: Quote[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!;
    if (titles.some((t) => t.start <= m.index + 1 && m.index < t.end)) continue; // a quoted title
    // "09:40 Keynote: “The VHT Initiative after the roadmap”": a talk's title
    if (TALK.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // (a title opens with a capital: not 'would publish the paper "before the summer is over."')
    // (not what someone said of it: 'X said of the article "This is simply not true …"')
    const lead30 = text.slice(Math.max(0, m.index - 30), m.index);
    const said = /\b(?:said|says|told|wrote|added|stated|replied)\b/.test(lead30);
    if (/^\p{Lu}/u.test(inner) && WORK_BEFORE.test(lead30) && !said) continue;
    const words = inner.split(/\s+/).filter(Boolean);
    if (
      words.length < 4 ||
      !words.some((w) => /^\p{Ll}{3,}/u.test(w) && !/^(?:and|the|for|with)$/.test(w))
    )
      continue;
    // ('Head of Sector "Secondary use of health data"', 'call HORIZON-…-05 "Virtual Human Twins
    // for multimorbidity"': a short phrase right after a name or a code is what it is called)
    const lead = text.slice(Math.max(0, m.index - 40), m.index);
    if (
      words.length <= 8 &&
      /^\p{Lu}/u.test(inner) &&
      !/[.!?,;:]/.test(inner) &&
      /(?:\p{Lu}[\p{L}\p{N}.-]*|\d[\w.-]*)[ \t]$/u.test(lead) &&
      !/\b(?:said|says|told|added|adds|wrote|asked|declared)\s*$/i.test(lead)
    )
      continue;
    // ('"Digital twins of the failing heart: from …"' on a PhD defence page: a title, not speech)
    const start = m.index + m[0].indexOf(inner);
    if (isThesisTitle(text, start, start + inner.length)) continue;
    out.push({
      start,
      end: start + inner.length,
      text: inner,
      ...speakerOf(text, sentences, people, m.index, m.index + m[0].length),
    });
  }
  return out;
}

/** A sentence about someone the text does not name: "A patient representative took the floor." */
const SOMEONE = /^\s*(?:A|An|One|Another)\s+\p{Ll}[^\n]*[.!?]\s*$/u;

/** A line's start in capitals, numbers and separators only: "FRAME 3 — GROUP C · ". */
const CAPS_HEADING = /^[ \t]*\p{Lu}[\p{Lu}\d \t—–·|:#&/-]*[—–·|:][ \t]*$/u;

const CALLED = /\b(?:called|calls|described|describes|dubbed)\s+(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?$/;

function speakerOf(
  text: string,
  sentences: readonly Sentence[],
  people: readonly Mention[],
  at: number,
  closed: number,
): Partial<Quote> {
  const s = sentenceAt(sentences, at);
  const inSentence = (k: number) => people.filter((p) => sentenceAt(sentences, p.start) === k);
  const before = inSentence(s).filter((p) => p.end <= at);
  // a quote of several sentences: its speaker follows its last one ("… use," X told us.)
  const after = inSentence(sentenceAt(sentences, closed)).filter((p) => p.start >= closed);
  // ("Prof. X, …, who called Dr. Y “one of the clinicians …”": Y is what is called, X speaks)
  const object =
    before.length >= 2 &&
    CALLED.test(text.slice(Math.max(0, before.at(-1)!.start - 30), before.at(-1)!.start));
  const same = (object ? before.at(-2) : before.at(-1)) ?? after[0];
  if (same)
    return { speaker: same, attribution: 'same sentence', evidence: evidenceOf(text, same, at) };
  // (not a possessive: "… the Dean, who recalled Gallina's role. “…,” she said." is the Dean's)
  const owner = (p: Mention) => /^['’]s\b/.test(text.slice(p.end, p.end + 3));
  // (a heading's quoted title, 'FRAME 3 — GROUP C · "Twins in the real hospital"': nobody's words)
  if (CAPS_HEADING.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at))) return {};
  for (let k = s - 1; k >= Math.max(0, s - 2); k--) {
    // ("… A nurse in Kaunas is impressed. “…,” she said.": someone the text does not name)
    if (SOMEONE.test(text.slice(sentences[k]!.start, sentences[k]!.end))) return {};
    const earlier = inSentence(k)
      .filter((p) => !owner(p))
      .at(-1);
    if (earlier)
      return {
        speaker: earlier,
        attribution: 'earlier sentence',
        evidence: text.slice(earlier.start, earlier.end),
      };
  }
  return entryPerson(text, sentences, people, at, closed);
}

/**
 * "2. Saila Rinne ⏎ Head of Unit, … ⏎⏎ … Rinne's unit … “…,” she told us.": a pronoun speaks for
 * the person whose entry this is, named at the start of a line above (a ranking's, a profile's).
 */
function entryPerson(
  text: string,
  sentences: readonly Sentence[],
  people: readonly Mention[],
  at: number,
  closed: number,
): Partial<Quote> {
  const pronounAfter = /^[,.!?]?[”"’]?\s*(?:she|he)\s+\p{Ll}+/u.test(
    text.slice(closed, closed + 20),
  );
  // ("… on 21 January she told some 600 delegates: “…”")
  const pronounBefore = /\b(?:she|he)\s+(?:told|said|says|added|adds)\b[^.!?\n]{0,80}:\s*$/.test(
    text.slice(Math.max(0, at - 120), at),
  );
  if (!pronounAfter && !pronounBefore) return {};
  // (the entry's head: a line that holds the name alone, "2. Saila Rinne", not a news paragraph
  // that opens with a name)
  const head = people
    .filter((p) => p.end <= at && at - p.start < 1500 && headsItem(text, p.start, p.end))
    .at(-1);
  if (!head) return {};
  const between = sentences.filter((c) => c.start >= head.end && c.end <= at);
  if (between.some((c) => SOMEONE.test(text.slice(c.start, c.end)))) return {};
  return {
    speaker: head,
    attribution: 'earlier sentence',
    evidence: text.slice(head.start, head.end),
  };
}

function evidenceOf(text: string, p: Mention, quoteAt: number): string {
  if (p.start > quoteAt) return text.slice(p.start, p.end);
  const span = text.slice(p.start, quoteAt).replace(/[\s,:“"]+$/, '');
  return span.length <= 240 ? span : text.slice(p.start, p.end);
}

/**
 * "“…,” says Dr X", "she adds": a paragraph that quotes in the present quotes what was said to the
 * writer, not at an event the article reports.
 */
export function saidInPresent(text: string, q: Quote): boolean {
  const around = paragraphAt(text, q.start, q.end);
  return (
    /\b(?:says|adds|explains|tells|recalls|argues|notes|insists|points out|admits|calls)\b/.test(
      around,
    ) &&
    !/\b(?:said|added|explained|told|recalled|argued|noted|insisted|pointed out|admitted|called)\b/.test(
      around,
    )
  );
}
