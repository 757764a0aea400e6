/** One sentence as a candidate event: its date, its words, its place on the page. */
import type * as chrono from 'chrono-node';
import { titleCase } from './dateline.js';
import { eventAcronymName } from './event-acronyms.js';
import { editionName } from './event-editions.js';
import { signingIn } from './event-signings.js';
import { namedIn, pageTitle } from './event-names.js';
import { type EventContext } from './event-dates.js';
import { dayOfEvent, WHEN_HEADING } from './event-day-lines.js';
import { entryName, entryTitle } from './listing-entries.js';
import { WHEN_LINE } from './event-place.js';
import { paragraphStart } from './text-lines.js';
import { type Sentence } from './tokens.js';
import { HOST_VERBS } from './vocabulary.js';
import { isBreadcrumbs, pageKindOf } from './page-labels.js';
import { isSpeechTitle } from './own-words.js';
import {
  dayOfNamed,
  EVENT_LINE,
  MAIL_HEADER,
  sameParagraph,
  whatTitle,
  topicTitle,
} from './page-event-lines.js';
import { withDateLead, type Candidate } from './event-candidate.js';
import { dayClause } from './day-clauses.js';
import {
  DATED_ITEM,
  EVENT_NOUN,
  EVENT_WORDS,
  eventLabel,
  FULL_DATE,
  namesPlace,
  THE_EVENT,
} from './event-words.js';

/** A heading over a list of events: "EVENTS THIS WEEK", "Upcoming events", "Dates for your diary". */
const LIST_HEADING =
  /^(?:(?:upcoming|coming|forthcoming|future|next|key)\s+)?(?:events?|dates?|diary|calendar|agenda|what['’]s on)\b[^.!?]{0,30}:?$/i;

export function candidate(
  text: string,
  sentences: readonly Sentence[],
  k: number,
  ctx: EventContext,
  r?: chrono.ParsedResult,
): Candidate {
  const s = withDateLead(text, sentences, k, r);
  const own = text.slice(s.start, s.end);
  // A heading's date is the page's (published), not the event's: the body's dates come first.
  // (A press release's first sentence opens with its dateline: it is the news, not a heading.)
  const dateline = ctx.dateline && ctx.dateline.start >= s.start && ctx.dateline.start < s.end;
  // (a speech's title, "Speech by X at the inauguration of …", names the event it was given at)
  const heading =
    ((k === 0 && !dateline) || /^\s*#/.test(own)) && !(k === 0 && isSpeechTitle(own.trim()));
  // A short dated line ("14 April 2026 · Brussels") belongs to the line above it (the event's name).
  const prev = sentences[k - 1];
  const ownLine =
    /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, s.start - 200), s.start)) &&
    /^[ \t]*(?:\n|$)/.test(text.slice(s.end, s.end + 200));
  // (a sentence of its own, "X spoke at Y on 10 May 2026.", is not such a line)
  const sentenceLike = /[.!?]["”’]?\s*$/.test(own) && own.split(/\s+/).length > 8;
  // (and the line above is a name, not the end of a paragraph or a quote)
  const above = prev && text.slice(prev.start, prev.end).trim();
  // ("5 Mar 2026 • Edited" above "Still buzzing from yesterday in Brussels": a page's date line)
  // (or a label and a quoted title: 'Public hearing: "Twins, data and trust – …"')
  const labelledTitle = !!above && /^[\p{L} ]{2,40}:\s*[“"][^“”"\n]{3,200}[”"]$/u.test(above);
  const nameAbove =
    !!above &&
    (labelledTitle ||
      // (or a speech's long title that names its event: "Keynote address by …, at the opening of
      // EuroVHT 2026 – European Conference on …" over "Porto, Alfândega Congress Centre, 9 March")
      ((above.split(/\s+/).length <= 14 || (k <= 4 && namedIn(above).named !== undefined)) &&
        // (a heading in capitals may ask: "WEBINAR – … ARE HEALTH DATA ACCESS BODIES READY?")
        !(/[.!?"”’]$/.test(above) && !/^[^\p{Ll}]+\?$/u.test(above)) &&
        !FULL_DATE.test(above) &&
        !isBreadcrumbs(above) &&
        // (not a mail's headers over its "Subject:" line)
        !MAIL_HEADER.test(above) &&
        // (nor a list's heading over a diary's first dated line: "EVENTS THIS WEEK")
        !(DATED_ITEM.test(own) && LIST_HEADING.test(above)) &&
        !DATED_ITEM.test(above)));
  // ("Thursday, 23 April 2026 · Van Swieten Hall, …, Vienna, Austria": a line of parts is longer)
  const parts = /\s[·|•]\s/.test(own);
  // (a listing's date line, its title on the next line)
  const entry = r ? entryTitle(text, sentences, k, r) : undefined;
  // ("WHEN" on a line of its own, the event page's day under it)
  // (a day's line, not a sentence: "The regulation entered into force on 26 March 2025.")
  const underHeading =
    r !== undefined && !!above && WHEN_HEADING.test(above) && !/[.!?]\s*$/.test(own);
  const short =
    r !== undefined &&
    !entry &&
    !underHeading &&
    k > 0 &&
    ownLine &&
    !sentenceLike &&
    nameAbove &&
    own.split(/\s+/).length <= (parts ? 30 : 16) &&
    prev !== undefined;
  // an event's own page: its title, then a date line of parts with a place ("· Van Swieten Hall,
  // …, Vienna"; not "· Anna Kowalski", "· 5 min read"), and an event noun in the page
  // … or a line above it that says what the event is ("Stakeholder workshop organised by …")
  // (or a labelled day on its first lines: "Webinar #4 ¶ … ¶ Date: Thursday 22 January 2026";
  // not a mail's header, "Date: Wed, 14 Jan 2026 08:03 +0100" under "From:")
  // (its title an event's: not a committee's minutes, "… Steering Committee (VHT SC) ¶ Date: …")
  // (an event's line: its hours, its weekday or its days, "Thursday 22 January 2026, 14:00–15:30";
  // not a post's "Date: 3 March 2026" over "The forum will take place … on 28 April")
  // (its first lines after the masthead's crumbs)
  const whenOnTop =
    k - crumbs(text, sentences, k) <= 5 &&
    r !== undefined &&
    WHEN_LINE.test(own) &&
    EVENT_LINE.test(own) &&
    !MAIL_HEADER.test(text) &&
    EVENT_NOUN.test(pageTitle(text, sentences));
  // ("Permanent Representation … ⏎ Home › Events › … ⏎⏎ STUDY VISIT TO … ⏎ … ⏎ Brussels, 10–12
  // March 2026": a page's title that names an event, under a masthead and its crumbs)
  const titledUnderCrumbs =
    short && k - crumbs(text, sentences, k) <= 3 && EVENT_NOUN.test(headingAbove(text, s));
  const eventPage =
    (underHeading && (EVENT_NOUN.test(text.slice(0, 2000)) || whatTitle(text) !== undefined)) ||
    whenOnTop ||
    (short &&
      (k <= 3 || titledUnderCrumbs) &&
      (parts || EVENT_NOUN.test(above ?? '') || titledUnderCrumbs || eventLabel(text, sentences)) &&
      namesPlace(own) &&
      EVENT_NOUN.test(text.slice(0, 2000)));
  // (under a masthead and its crumbs: the heading's own lines)
  const from =
    short && k <= 3
      ? sentences[0]!.start
      : titledUnderCrumbs
        ? Math.min(prev!.start, paragraphStart(text, s.start))
        : prev?.start;
  // "MEPs questioned officials on Wednesday … The hearing, chaired by …": the next sentence names it
  // (or the one after it: "… agreed on Tuesday that … They did not agree … ¶ The workshop, …")
  // (or the next names one and its host: "Still buzzing from yesterday in Brussels ¶ I joined …
  // the “VHT Platform Co-Design Workshop”, hosted by …")
  const hostedNext = (n: Sentence | undefined) => {
    const words = n && text.slice(n.start, n.end);
    return !!words && HOST_VERBS.test(words) && namedIn(words).named !== undefined;
  };
  // (not a list's next item with a day of its own: "- 19 March 2026: first EHDS Info Day …")
  const next = [sentences[k + 1], sentences[k + 2]].find(
    (n, d) =>
      n !== undefined &&
      // (nor a sentence with a day of its own: "… adopted 12 February. … their first meeting on
      // 8 October …")
      !FULL_DATE.test(text.slice(n.start, n.end)) &&
      (THE_EVENT.test(text.slice(n.start, n.end)) || (d === 0 && hostedNext(n))),
  );
  // ("Day 2 of the EU Digital Health Twins Forum here in Lisbon. Yesterday was mostly tech": the
  // sentence before says which event's days these are)
  const dayOf =
    r !== undefined && next === undefined && prev !== undefined && sameParagraph(text, prev, s)
      ? dayOfNamed(text.slice(prev.start, prev.end))
      : undefined;
  const named = r !== undefined && next !== undefined;
  // ("… invites you to the public defence of X. ¶ When: Tuesday 24/03/2026, 17.00 h": the
  // invitation names what the labelled line dates)
  const when = underHeading || (r !== undefined && prev !== undefined && WHEN_LINE.test(own));
  // (the date is not that day's own words: "on the last day of the transition period")
  const ofEvent =
    r && !named && !when && !/\bday\b/i.test(r.text) ? dayOfEvent(text, s, own) : undefined;
  // ("The kick-off was held in Leuven on 28-29 January 2025; the 2nd GA meeting took place in
  // Bologna on 9-10 October 2025": two events, each in its clause with its day)
  const clause = r ? dayClause(own, r.index - s.start) : undefined;
  const sentence: string = short
    ? text.slice(from!, s.end)
    : dayOf !== undefined
      ? text.slice(prev!.start, s.end)
      : ofEvent !== undefined
        ? text.slice(ofEvent, s.end)
        : entry
          ? text.slice(s.start, entry.end)
          : named && !EVENT_WORDS.test(own.replace(/\b(?:met|meet|meets)\b/gi, ''))
            ? text.slice(s.start, next.end)
            : when
              ? text.slice(prev.start, s.end)
              : clause
                ? clause.text
                : own;
  const ownClause = clause !== undefined && sentence === clause.text;
  const edition = r
    ? (editionName(text, sentences, k) ?? eventAcronymName(text, sentences, k))
    : undefined;
  // "Launched on 4 February 2026 as a flagship of …": when the page's subject began, no event
  const startedOn = /^\s*(?:Launched|Established|Created|Founded|Adopted|Set up)\s+(?:on|in)\b/;
  // ("SPEECH | 30 June 2026 | Brussels" under the crumbs of a speech titled "Opening speech by X,
  // at the European Life Sciences Stakeholder Forum 2026": the speech's day is that event's)
  const titled =
    r && k <= 3 && ctx.title && /^(?:SPEECH|STATEMENT)$/.test(pageKindOf(own.split('|')[0]!) ?? '')
      ? namedIn(ctx.title).named
      : undefined;
  const eventWords =
    eventPage ||
    titled !== undefined ||
    entry !== undefined ||
    (EVENT_WORDS.test(sentence) &&
      !(startedOn.test(own) && !EVENT_NOUN.test(own.replace(startedOn, '')))) ||
    namedIn(sentence).named !== undefined ||
    edition !== undefined ||
    signingIn(text, sentence) !== undefined;
  const score = (eventWords ? 2 : 0) + (HOST_VERBS.test(sentence) ? 1 : 0);
  // a written date ("27 March") before a relative one ("last week") in the same sentence
  const written = r && /\d/.test(r.text) ? 1 : 0;
  // ("a paper published today, presented at its meeting held last week": the meeting's date)
  const word = r ? EVENT_WORDS.exec(own) : null;
  const near = word && r ? Math.min(Math.abs(s.start + word.index - r.index), 200) / 1000 : 0.2;
  // (a later clause's event after the sentence's first: "…; the next meeting will be held in
  // Warsaw on 11 June 2026" is no news before "The Network met in Brussels on 4 December")
  const later = ownClause && clause!.at > 0 ? 1 : 0;
  const rank = score + (r?.end ? 1 : 0) - (heading ? 2 : 0) + written / 2 - later;
  // (a media advisory's "WHAT" names the event its "WHEN" dates: "Official opening of the …")
  const topic = topicTitle(text);
  const title = (underHeading ? whatTitle(text) : undefined) ?? topic ?? pageTitle(text, sentences);
  const listed = entry ? entryName(text.slice(entry.start, entry.end).trim()) : undefined;
  const following =
    listed ??
    (named ? namedIn(text.slice(next!.start, next!.end)).named : undefined) ??
    edition ??
    titled ??
    dayOf;
  return {
    ...(following ? { following } : {}),
    ...(listed ? { listed } : {}),
    ...(r ? { date: r } : {}),
    // (without the acronym after it: "In Silico Evidence Bologna 2026 (ISEB 2026)")
    ...(eventPage ? { title: titleCase(title).replace(/\s*\([\p{Lu}\p{N} -]{2,20}\)$/u, '') } : {}),
    ...(eventPage && title === topic ? { labelled: true } : {}),
    s,
    sentence,
    from: short ? from! : (ofEvent ?? (ownClause ? s.start + clause!.at : s.start)),
    ...(ownClause ? { clause: true } : {}),
    score,
    rank,
    near,
    written,
  };
}

/** The page's breadcrumb lines before sentence k ("Home › Events › Study visits"). */
const crumbs = (text: string, sentences: readonly Sentence[], k: number): number =>
  sentences.slice(0, k).filter((c) => isBreadcrumbs(text.slice(c.start, c.end))).length;

/** The heading's lines over a date line: its title and subtitle, up to a blank line. */
const headingAbove = (text: string, s: Sentence): string =>
  text.slice(paragraphStart(text, s.start), s.start);
