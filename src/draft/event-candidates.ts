/** The sentences that may report an event, ranked: event words, a date, where in the text. */
import type * as chrono from 'chrono-node';
import { namedIn } from './event-names.js';
import { relativeWeekdays } from './relative-days.js';
import { byWeekday, HABIT, isMonth } from './date-kinds.js';
import { eventDates, type EventContext } from './event-dates.js';
import { isoOfDate } from './iso-dates.js';
import { sentenceAt, type Sentence } from './tokens.js';
import { isSpeechTitle } from './own-words.js';
import { candidate } from './sentence-candidate.js';
import type { Dateline } from './dateline.js';
import { withTitleNoun, type Candidate } from './event-candidate.js';
import { BACKGROUND_DAYS, EVENT_WORDS, RECENT_DAYS } from './event-words.js';
import { lineAt, lineBefore, lineEnd, linesAbove } from './text-lines.js';

export { EVENT_WORDS } from './event-words.js';

export type { EventContext } from './event-dates.js';
export type { Candidate } from './event-candidate.js';

const DEADLINE = /\b(?:by|until|till|before|no later than)\s+$/i;
/**
 * "In its letter of 2 October 2025 requesting this meeting", "EVENT REPORT (added 13 March
 * 2026)": a paper's day or a page's edit, no event's.
 */
const PAPER_DAY =
  /\b(?:(?:letter|e-?mail|note|reply|request|submission|communication|memo|notice)\s+(?:of|dated)\s+(?:the\s+)?|(?:added|updated|last\s+(?:updated|modified|edited)|edited|revised)(?:\s+on)?\s+)$/i;

/** Candidate sentences, best first. */
/**
 * When a mail was sent: "Sent: …", or "Date: Thursday, 19 March 2026 at 16:42 CET" (a time on
 * the line) under a "From:" line that names a sender (not "From: 09:30 to 17:00").
 */
function sentAt(text: string, at: number): boolean {
  const label = /^[ \t]*(Date|Sent)[ \t]*:[ \t]*$/.exec(lineBefore(text, at))?.[1];
  if (!label) return false;
  const around = text.slice(Math.max(0, at - 200), at + 200);
  const sender = /^[ \t]*From[ \t]*:[ \t]*\p{L}/mu.test(around);
  const timed = /\d{1,2}:\d{2}/.test(text.slice(at, lineEnd(text, at)));
  return sender && (label === 'Sent' || timed);
}

const RELATED =
  /^[ \t]*(?:Related(?:\s+(?:posts|news|articles|stories|content|links))?|Read (?:also|more)|See also|More (?:news|stories)|You (?:may|might) also (?:like|be interested in)|Latest news|Recent posts)[ \t]*:?[ \t]*$/i;
const LINK_LINE = /^[ \t]*[›»→▸>][ \t]/;

/** The offset is on a link's line ("› …") of a list headed "Related posts", "Read also" … */
function inRelatedLinks(text: string, at: number): boolean {
  if (!LINK_LINE.test(lineAt(text, at))) return false;
  let k = 0;
  for (const line of linesAbove(text, at)) {
    if (RELATED.test(line)) return true;
    if (!LINK_LINE.test(line) || ++k === 12) return false;
  }
  return false;
}

export function rankedCandidates(
  text: string,
  sentences: readonly Sentence[],
  ctx: EventContext,
): Candidate[] {
  const dated = eventDates(text, ctx);
  const days = relativeWeekdays(text, dated, ctx.reference, byWeekday);
  // a date long before the article's day is background ("founded at a meeting held in 2024"),
  // not the news (a coming event, or what happened today, is)
  const background = (r: chrono.ParsedResult) =>
    ctx.reference !== undefined && +ctx.reference - +r.start.date() > BACKGROUND_DAYS * 86_400_000
      ? 1
      : 0;
  // ("Ministers meeting in Luxembourg today …", then "… endorsed at a conference on 24 April": a
  // written day weeks before the article's is older news than its "today")
  const weeksBefore = (r: chrono.ParsedResult) =>
    ctx.reference !== undefined && +ctx.reference - +r.start.date() > RECENT_DAYS * 86_400_000
      ? 1
      : 0;
  const candidates: Candidate[] = days.flatMap((r) => {
    // ("the slides will be posted by 3 April", "register until 5 June": a deadline, no event's day)
    if (DEADLINE.test(text.slice(Math.max(0, r.index - 16), r.index))) return [];
    if (PAPER_DAY.test(text.slice(Math.max(0, r.index - 30), r.index))) return [];
    // ("Related posts ⏎ › Cohort 3 Demo Day: what we learned (June 2025)": another page's link)
    if (inRelatedLinks(text, r.index)) return [];
    // ("Date: Thursday, 19 March 2026 at 16:42 CET" under "From:": when a mail was sent)
    if (sentAt(text, r.index)) return [];
    const c = candidate(text, sentences, sentenceAt(sentences, r.index), ctx, r);
    // "VPH2024, the biennial conference …, held in Stuttgart in September 2024": a month dates an
    // event the sentence names, and ranks after a day
    if (isMonth(r) && !namedIn(c.sentence).named && !c.following) return [];
    const rank = c.rank - 2 * background(r) - (isMonth(r) ? 1 : 0) - weeksBefore(r) / 2;
    return [{ ...c, rank }];
  });
  if (ctx.dateline)
    candidates.push(...undatedCandidates(text, sentences, days, ctx, ctx.dateline, candidates));
  return withTitleNoun(candidates, ctx.title)
    .filter((c) => c.score >= 2)
    .sort(
      (a, b) =>
        b.rank - a.rank || a.s.start - b.s.start || b.written - a.written || a.near - b.near,
    );
}

/**
 * Words that name no event the page reports: a name's past, told to describe it ("… the Initiative
 * launched by the European Commission"), events counted in a plan ("three co-design workshops"), a
 * series.
 */
const DESCRIBING =
  /\b(\p{Lu}[\p{L}-]*\s+)(?:(?:launched|inaugurated)\s+by|(?:established|created|founded|set up)\s+(?:by|in))\b/gu;
/** "Meet Cohort 4: six startups …": a heading that introduces, no meeting. */
const INTRODUCING = /^\s*Meet\s+(?:the\s+|our\s+)?[^\n:]{1,40}:/u;
/** "took part in three workshops": counted events that happened. */
const TOOK_PART = /\b(?:took part|participated|attended|joined|ran|organi[sz]ed|completed)\b/i;
const COUNTED =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|regular|annual)\s+(?:[\p{L}-]+\s+)?(?:workshops|webinars|meetings|conferences|events|seminars|sessions|hackathons|summits)\b/giu;
/** "our annual European Heart Failure Patient Summit": a series, no day of it. */
const SERIES =
  /\b(?:annual|yearly|biennial|monthly|quarterly|weekly)\s+(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*/gu;
const describedOnly = (sentence: string): boolean => {
  const rest = sentence
    .replace(DESCRIBING, '$1')
    .replace(TOOK_PART.test(sentence) ? /$^/ : COUNTED, '')
    .replace(SERIES, '')
    .replace(INTRODUCING, '');
  return rest !== sentence && !EVENT_WORDS.test(rest);
};

/** "meets on the second Wednesday of each month": a habit, no event the page reports happened. */
const habitOnly = (sentence: string): boolean =>
  HABIT.test(sentence) &&
  !/\b(?:hosted|held|opened|launched|organi[sz]ed|convened|gathered|took place|met|welcomed)\b/.test(
    sentence,
  );

/**
 * A press release's sentences that name an event without a date: the dateline's day, or the
 * lead's ("AARHUS, 3 Feb 2026 – The Foundation yesterday named …": the news is the lead's day);
 * not one in the future ("will present … at the Summit").
 */
function undatedCandidates(
  text: string,
  sentences: readonly Sentence[],
  days: readonly chrono.ParsedResult[],
  ctx: EventContext,
  dl: Dateline,
  told: readonly Candidate[],
): Candidate[] {
  const undated = sentences.flatMap((s, k) =>
    days.some((r) => r.index >= s.start && r.index < s.end) ||
    // (the sentence's own words: "“… will know …,” said the Minister at the ceremony" is past)
    /\b(?:will|shall|is to|are to)\s/.test(
      text.slice(s.start, s.end).replace(/[“"][^“”"]*[”"]/g, ''),
    ) ||
    describedOnly(text.slice(s.start, s.end)) ||
    habitOnly(text.slice(s.start, s.end))
      ? []
      : [candidate(text, sentences, k, ctx)],
  );
  const leadAt = sentenceAt(sentences, dl.end);
  const lead = days.find(
    (r) =>
      r.index >= dl.end &&
      sentenceAt(sentences, r.index) === leadAt &&
      isoOfDate(r.start.date()) < dl.date,
  );
  // ("Speech by X, at the inauguration of …" over "Valladolid, Monday 19 January 2026": the
  // event the speech's title names is the dateline's, the page's main one; a sentence dated that
  // day tells more of it: "It is an honour to open the Hub today … here at …")
  const today = told.some(
    (c) => c.score >= 2 && c.date && isoOfDate(c.date.start.date()) === dl.date,
  );
  // (or the line right above the dateline names it: "European Digital Health Forum 2026 – opening
  // plenary" over "Lisbon, Tuesday 17 March 2026")
  const own = (c: Candidate) => text.slice(c.s.start, c.s.end).trim();
  const overDateline = (c: Candidate) =>
    text.slice(c.s.end, dl.start).trim() === '' && namedIn(own(c)).named !== undefined;
  const speech = (c: Candidate) =>
    !today && isSpeechTitle(ctx.title) && (own(c) === ctx.title!.trim() || overDateline(c));
  return undated.map((c) => ({
    ...c,
    rank: c.rank - 1 + (speech(c) ? 3 : 0),
    ...(lead ? { date: lead, borrowed: true } : {}),
  }));
}
