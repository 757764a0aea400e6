import { openedBefore } from './opened-before.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { dateOf, withDayBefore } from './event-date.js';
import { namedIn } from './event-names.js';
import { notAnOrg, nounAbove, nounAt, nounOf, withoutOrgNames } from './event-words.js';
import { weekdayRange } from './relative-days.js';
import {
  hostOf,
  labelledPlace,
  labelledVenue,
  launchedIn,
  placeOf,
  WHEN_LINE,
} from './event-place.js';
import { ownerOf } from './event-owner.js';
import { signingIn } from './event-signings.js';
import { EVENT_WORDS, type Candidate, type EventContext } from './event-candidates.js';
import { besideOther, CHAIRED_BODY } from './event-beside.js';
import { entryBlock } from './listing-entries.js';
import { EVENT_NOUNS } from './vocabulary.js';
import type { EventFacts } from './event.js';
import { isSubject } from './event-subjects.js';

/* What a candidate sentence says of its event (event.ts ranks the sentences): its day, its place
   and venue, its host, its name. */

/** "… will meet for a joint kick-off": the event's noun before a verb of meeting. */
function nounFirst(re: RegExp, sentence: string): RegExpExecArray | null {
  const all = [...sentence.matchAll(new RegExp(re.source, 'gi'))];
  return (
    all.find((m) => !/^(?:meet|meets|met|visit|visits|visited)$/i.test(m[0])) ?? all[0] ?? null
  );
}

/** The event a candidate sentence reports, or undefined when it reports none. */
export function factsOf(
  best: Candidate,
  text: string,
  mentions: readonly Mention[],
  gaz: Gazetteer,
  ctx: EventContext,
): EventFacts | undefined {
  const { s, sentence } = best;
  const checks: string[] = [];
  const found = dateOf(best.date, ctx.dateline, checks);
  if (!found) return undefined;
  const dated = best.date
    ? weekdayRange(text, best.date, withDayBefore(text, best.date, found))
    : found;
  const inSentence = mentions.filter((m) => m.start >= best.from && m.end <= s.end);
  const written = best.listed
    ? { named: best.listed }
    : besideOther(
        notAnOrg(namedIn(sentence), sentence, best.from, inSentence),
        sentence,
        best.date ? best.date.index - best.from : -1,
      );
  const signing = written.named === undefined ? signingIn(text, sentence) : undefined;
  // ("The laboratory was officially opened yesterday": the opening of the one named before)
  const opened = written.named === undefined ? openedBefore(text, s.start, sentence) : undefined;
  const inText = signing ? { named: signing } : opened ? { named: opened } : written;
  const other = best.title ?? best.following;
  // (a page's label names its event, whatever else its first lines say: "Topic: …")
  const named = (inText.named === undefined || best.labelled) && other ? { named: other } : inText;
  // ("The … Conference Centre will host the next meeting": a building's word is no event's, nor
  // its staff's: "(Forum secretariat)")
  // (nor an organisation's: "President of the European Patients' Digital Forum … at its hearing")
  // (nor a body someone chairs: "Cllr X, who chairs the Regional Health Forum West, said")
  const unbuilt = withoutOrgNames(sentence, best.from, inSentence)
    .replace(CHAIRED_BODY, '')
    .replace(
      /\b(?:Conference|Congress|Convention|Forum|Summit|Event)\s+(?:Centre|Center|Centrum|Hall|Palace|Building|Venue|Room|[Ss]ecretariat|[Oo]ffice|[Tt]eam|[Ss]taff)\b/g,
      '',
    )
    // ("at Het Pand, Ghent University's conference centre": a building in small letters too)
    .replace(/\b(?:conference|congress|convention)\s+(?:centre|center|hall|venue|room)\b/g, '');
  // (the paragraph and the one before: what "we met" or "came together" refers back to)
  const near = text
    .slice(0, s.start)
    .split(/\n\s*\n/)
    .filter((part) => part.trim())
    .slice(-2)
    .join('\n\n');
  const own =
    EVENT_NOUNS.find(([re]) => named.named !== undefined && re.test(named.named)) ??
    EVENT_NOUNS.find(([re]) => re.test(unbuilt));
  const above = own || named.named !== undefined ? undefined : nounAbove(sentence, near);
  const noun = own ?? above?.entry;
  const nounText =
    above?.written ??
    (noun
      ? (noun[0].exec(named.named ?? '') ?? nounFirst(noun[0], sentence))
      : EVENT_WORDS.exec(sentence))?.[0]
      .replace(/^defend\b.*$/i, 'PhD defence')
      .replace(/^(?:visit(?:ed|s)?|delegation)$/i, 'Visit')
      .replace(/^(?:meets|received)$/i, 'Meeting')
      .replace(/^(?:at|during) the (?:official )?presentation of the$/i, 'Presentation') ??
    named.named
      ?.replace(/\s+\d{4}$/, '')
      .split(/\s+/)
      .at(-1) ??
    'event';
  let place = placeOf(sentence, gaz, checks);
  // (an event page's "When:" line, its "Where:" line after it; a listing's entry, its own)
  const labelled = best.listed ? entryBlock(text, s.end) : text;
  const venue =
    (best.title || best.listed || WHEN_LINE.test(text.slice(s.start, s.end))) && !place.venue
      ? labelledVenue(labelled)
      : undefined;
  if (venue) place = { ...placeOf(labelledPlace(labelled) ?? '', gaz, checks), ...place, venue };
  // "We met on 12 February …" after "the consortium's annual meeting in Bonn": the noun's place
  // (only for a verb: "we met" after "the … meeting in Bonn", in this paragraph or the one before)
  const earlier = nounOf(nounText) !== nounText ? nounAt(near, nounOf(nounText)) : undefined;
  if (!place.city && earlier) place = { ...placeOf(earlier, gaz, checks), ...place };
  // (or a day the dateline's counts back from: "Strasbourg, 12 February – … last night")
  const fromDateline = /^(?:yesterday|last\s+night)$/i.test(best.date?.text.trim() ?? '');
  if (!place.city && ctx.dateline && (dated.date === ctx.dateline.date || fromDateline))
    place = {
      ...place,
      city: ctx.dateline.city,
      ...(ctx.dateline.country ? { country: ctx.dateline.country } : {}),
    };
  // "today opened the Centre for …": no event noun, but a verb of launching and what it launched
  const launch =
    !noun || noun[1] === 'LAUNCH' ? launchedIn(text, sentence, best.from, inSentence) : {};
  const kind = noun?.[1] || (launch.launched ? 'LAUNCH' : undefined);
  // "the Institute, headed by X, opened": a verb alone, with no event noun, no name and nothing
  // launched, reports no event
  if (!noun && !launch.launched && named.named === undefined && !best.title) return undefined;
  return {
    ...dated,
    ...(kind ? { kind } : {}),
    noun: nounOf(nounText),
    ...named,
    ...meetingOf(sentence, nounText, named.named),
    ...place,
    ...hostOf(text, sentence, best.from, inSentence),
    ...launch,
    about: inSentence.filter((m) => isSubject(m)),
    ...ownerOf(sentence, best.from, mentions),
    // (a long sentence quoted by its date, when the date is written out; "this morning" says too
    // little: the sentence's first words)
    evidence:
      sentence.length <= 300 || !best.date || !/\d/.test(best.date.text)
        ? sentence.slice(0, sentence.length <= 300 ? 300 : sentence.lastIndexOf(' ', 300)) // whole words
        : text.slice(best.date.index, best.date.index + best.date.text.length),
    span: s,
    checks,
  };
}

/** "The working group on the position paper meets online on …": the meeting of that body. */
const MEETS = /^(?:The|Our|Its)\s+(\p{Ll}[^,.;:()]{2,80}?)\s+(?:meets|met|will\s+meet)\b/u;
/** "the meeting of the Council's Working Party on Public Health in Brussels": the body after it. */
const MEETING_OF =
  /\bmeeting\s+of\s+the\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:on|of|for|and|the)\s+)*\p{Lu}[\p{L}'’-]*){0,8})/u;
const meetingOf = (sentence: string, noun: string, named: string | undefined) => {
  if (named !== undefined || !/^meeting$/i.test(noun)) return {};
  const body = noun === 'Meeting' ? MEETS.exec(sentence)?.[1] : undefined;
  if (body) return { named: `Meeting of the ${body}` };
  const of = MEETING_OF.exec(sentence)?.[1];
  if (of) return { named: `Meeting of the ${of}` };
  return {};
};
