import nlp from 'compromise';
import { DAY_WORDS } from './calendar-words.js';
import { titleCase } from './dateline.js';
import { isBreadcrumbs, isPageLabel } from './page-labels.js';
import type { Sentence } from './tokens.js';
import { CITIES, ORG_HEADS, PERSONAL_TITLES, ROLE_WORDS } from './vocabulary.js';
import { meetingNamed } from './meetings-of.js';

/** An event's own name in the sentence that reports it: capitalised (on one line), or quoted. */

const EVENT_HEADS =
  'summit|conference|forum|workshop|symposium|congress|meeting|webinar|roundtable|dialogue|hackathon|hearing|lecture|seminar';

/**
 * (a day after "on" is the event's date, not its name's end: "the AI Literacy Lunch on Wednesday";
 * nor its start: "travels to Copenhagen on Monday for the Nordic Health Data Summit")
 */
const NAMED = new RegExp(
  String.raw`\b(?!${DAY_WORDS}\s+(?:(?:for|of|on|in|and|the)\b|\d))(\p{Lu}[\p{L}\p{N}'’-]*(?:[ \t]+(?:(?:for|of|on|in|and|the|de)[ \t]+)*(?!${DAY_WORDS}\b)(?:\p{Lu}[\p{L}\p{N}'’-]*|(?:19|20)\d{2})){0,7}[ \t]+(?:Summit|Conference|Forum|Day|Days|Week|Workshop|Symposium|Congress|Meeting|Assembly|Hackathon|Festival|Expo|Webinar|Roundtable|Dialogue|Hearing|Lecture|Lunch|Breakfast|Dinner)(?:[ \t]+(?:on|for|of)[ \t]+(?:the[ \t]+)?(?!${DAY_WORDS}\b)\p{Lu}[\p{L}\p{N}'’-]*(?:[ \t]+(?:(?:and|of|for|in|the)[ \t]+)*\p{Lu}[\p{L}\p{N}'’-]*){0,6})?(?:[ \t]+\d{4})?)\b`,
  'u',
);

const NAMED_ALL = new RegExp(NAMED.source, 'gu');

const VENUE_AFTER =
  /^\s+(?:Centre|Center|Centrum|Hall|Room|Building|Venue|Hotel|Palace|Complex|Theatre|Theater|Auditorium)\b/;

/**
 * “Regulating the Twin: …”, a webinar / a webinar entitled “…” / a hearing on 'Virtual human twins:
 * …': an event's quoted title.
 */
const QUOTED_SOURCE = String.raw`[“"]([^“”"\n]{6,140})[”"],?\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}(?:${EVENT_HEADS})\b|\b(?:${EVENT_HEADS})[,:]?\s+(?:entitled|titled|called|on)?\s*(?:[“"]([^“”"\n]{6,140})[”"]|[‘'](\p{Lu}[^‘’'\n]{5,139})[’'](?!\p{L}))`;
const QUOTED_NAME = new RegExp(QUOTED_SOURCE, 'iu');
/** "webinar|workshop" as a heading writes them: "Webinar", "WEBINAR". */
function capitalisedHeads(heads: string): string {
  return heads
    .split('|')
    .flatMap((h) => [h.charAt(0).toUpperCase() + h.slice(1), h.toUpperCase()])
    .join('|');
}
/**
 * "2. WEBINAR – SECONDARY USE UNDER THE EHDS: ARE … READY?": a heading's event noun, its title; or
 * a listed link's, its speakers or its day after a dash ("> Webinar: Getting EHDS-ready in under
 * six months - with Els Vandamme … - 21 May 2026").
 */
const HEADED_TITLE = new RegExp(
  String.raw`^[ \t]*(?:\d+\.[ \t]+|[>•*›][ \t]+)?(?:${capitalisedHeads(EVENT_HEADS)})[ \t]*[–—:][ \t]+(\p{Lu}[^\n]{5,140}?)[ \t]*(?:\n|$|[ \t][-–—][ \t]+(?=(?:with|featuring)[ \t]+(?:Dr\.?[ \t]|Prof\.?[ \t]|\p{Lu})|\d{1,2}(?:st|nd|rd|th)?[ \t]+\p{Lu}\p{Ll}+[ \t]+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}))`,
  'mu',
);
/** ("WORKSHOP – REGISTER NOW", "Webinar – Recording now available": a notice, no title) */
const NOTICE =
  /^(?:register|registration|recording|recordings|save the date|call for|postponed|cancelled|canceled|sold out|read more|watch|join us|more information|agenda|programme|program|slides)\b/i;
/** "Digital Twins, Real Patients – public roundtable, Cork, 27 March": a title, then what it is. */
const TITLE_THEN_KIND = new RegExp(
  String.raw`^[ \t]*(?:[•*][ \t]+)?(\p{Lu}[^\n–—]{3,100}?)[ \t]+[–—][ \t]+(?:[\p{Ll}-]+[ \t]+)?(?:${EVENT_HEADS})\b[^\n]*,[^\n]*\d`,
  'mu',
);
/** (a name's words, capitalised: not "Deadline extended", "Photo gallery", "Press release") */
const titleThenKind = (sentence: string): string | undefined => {
  const title = TITLE_THEN_KIND.exec(sentence)?.[1];
  return title && title.split(/\s+/).every((w) => w.length < 4 || /^[\p{Lu}\d]/u.test(w))
    ? title
    : undefined;
};
const headedTitle = (sentence: string): string | undefined => {
  const title = HEADED_TITLE.exec(sentence)?.[1] ?? titleThenKind(sentence);
  return title && !NOTICE.test(title) ? title : undefined;
};
/** A heading that names an event over its date line: "WEBINAR – Title ⏎ Thursday 11 June …". */
export const headedEvent = (sentence: string): boolean => headedTitle(sentence) !== undefined;

/** Where the text quotes an event's title (a title, not something said). */
export const quotedEventTitles = (text: string): { start: number; end: number }[] =>
  [...text.matchAll(new RegExp(QUOTED_SOURCE, 'giu'))].map((m) => {
    const title = (m[1] ?? m[2] ?? m[3])!;
    const start = m.index + m[0].indexOf(title);
    return { start, end: start + title.length };
  });

/** "the public defence of Sofie Vermeulen-Dhont": a doctoral candidate's defence. */
const DEFENCE_OF =
  /\b((?:[Pp]ublic|PhD|[Dd]octoral)\s+defen[cs]e)\s+of\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})/u;

/** "the inauguration of the Atlantic Data Hub": an event named by what it opened. */
const OPENING_OF =
  /\b(inauguration|opening|launch|signing)\s+of\s+(the\s+)?(\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:(?:for|of|on|in|and|de|do|da|del|the)\s+)*\p{Lu}[\p{L}\p{N}'’-]*){0,7})/u;

const DATE_TAIL = new RegExp(String.raw`\s+(?:on|in)\s+${DAY_WORDS}\b.*$`);

/** A meeting named by who meets: "informal meeting of health ministers" (people, in the plural). */
const MEETING_OF_GROUP =
  /\b(?:informal|high-level|ministerial|extraordinary|joint|annual)\s+(?:meeting|conference|dialogue)\s+of\s+(?:the\s+)?(?:EU\s+|European\s+)?(?:[\p{L}-]+\s+){0,3}(?:ministers|officers|officials|directors|heads|chiefs|rectors|presidents|commissioners|representatives|members)\b/iu;

/** A capitalised event name in the sentence ("Digital Twins for Health Summit 2026"). */
export function namedIn(sentence: string): { named?: string } {
  const quoted = QUOTED_NAME.exec(sentence);
  const title = (quoted?.[1] ?? quoted?.[2] ?? quoted?.[3])?.trim();
  if (title && /^\p{Lu}/u.test(title)) return { named: title };
  const headed = headedTitle(sentence);
  if (headed) return { named: titleCase(headed) };
  // ("TwinHack 2025, the third edition of the hackathon, ran …": a name and its year, then what it is)
  const edition = NAME_YEAR_APPOSED.exec(sentence)?.[1];
  if (edition) return { named: edition };
  const meeting = meetingNamed(sentence);
  if (meeting) return { named: meeting };
  const apposed = NAME_THEN_NOUN.exec(sentence);
  // (not "arrived at Valletta, the summit venue": a place)
  const apposedName = apposed?.[1] ?? apposed?.[2] ?? apposed?.[3];
  if (apposedName && !/\bvenue\b/.test(apposed![0]) && !CITIES.has(apposedName.toLowerCase()))
    return { named: apposedName };
  // ("invites you to the public defence of Sofie Vermeulen-Dhont": the defence, by whose it is)
  const defence = DEFENCE_OF.exec(sentence);
  if (defence)
    return {
      named: `${defence[1]!.charAt(0).toUpperCase()}${defence[1]!.slice(1)} of ${defence[2]}`,
    };
  const signed = SIGNING_OF.exec(sentence)?.[1];
  if (signed) return { named: `Signing of the ${signed.toLowerCase()}` };
  const openingOf = OPENING_OF.exec(sentence);
  if (openingOf) {
    const noun = openingOf[1]!.charAt(0).toUpperCase() + openingOf[1]!.slice(1);
    // ("… Space Centre on Saturday", "… in May": a date, not the name's)
    const name = openingOf[3]!.replace(DATE_TAIL, '');
    return { named: `${noun} of ${openingOf[2] ?? ''}${name}` };
  }
  const lowered = sentence.replace(
    /\b\p{Lu}{2,}\b/gu,
    (w) => w.charAt(0) + w.slice(1).toLowerCase(),
  );
  // (not one in a clause about someone: "Dr X, who delivered the Vesalius Lecture last year, …")
  // "Hôtel Verhaegen Conference Centre", "the Lecture Theatre": a building named after what is
  // held in it, not an event … nor an organiser: "organised by EIT Health and the European
  // Patients' Forum"; the first name that is none of these
  const found = [...lowered.matchAll(NAMED_ALL)].filter(
    (n) =>
      !/,\s+(?:who|which)\s+[^,]*$/.test(lowered.slice(0, n.index)) &&
      !VENUE_AFTER.test(sentence.slice(n.index + n[0].length)),
  );
  const byOrganiser = (n: RegExpMatchArray) =>
    /\b(?:by|with|from)\s+(?:the\s+)?$/i.test(sentence.slice(0, n.index));
  const m = found[0] && !byOrganiser(found[0]) ? found[0] : null;
  // matched with capitals lowered ("AI" → "Ai"): the name is as written, unless all in capitals
  const written = m && sentence.slice(m.index, m.index + m[1]!.length);
  // "In Lisbon, …" opens a sentence (or a speaker's turn: "DR X: At the …"); "the In Silico Europe
  // Summit" is a name
  const opening =
    m !== null &&
    /^[\s“"]*$|(?:^|[\]\s])\p{Lu}[\p{Lu}'’. -]+(?:\s*\([^()]*\))?:\s+$/u.test(
      sentence.slice(0, m.index),
    );
  const name = written
    ? (written === written.toUpperCase() ? m[1]! : written)
        .replace(opening ? /^(?:The\s+|(?:At|On|During|In)\s+(?:the\s+)?)/ : /^(?:The)\s+/, '')
        // ("Join the AI Literacy Lunch …": an invitation's verb, then the name)
        .replace(/^(\p{Lu}\p{Ll}+)\s+the\s+/u, (lead, verb: string) =>
          opening && nlp(verb).has('#Infinitive') ? '' : lead,
        )
        .replace(/\s+(?:in|of|for|on|and|the)$/, '')
        // "at Karolinska Institutet for the VHT Clinical Validation Workshop": the host, then it
        .replace(HOST_FOR_THE, (host, at: number, all: string) =>
          EVENT_TITLE_WORD.test(all.slice(host.length)) ? '' : host,
        )
        // "at The Egg in Brussels for the EBRAINS Summit 2025": the venue and its city, then it
        .replace(PLACE_FOR_THE, (all: string, city: string) =>
          CITIES.has(city.toLowerCase()) ? '' : all,
        )
    : undefined;
  // ("Marta Kowalczyk, President of the European Patients' Digital Forum": a body one heads)
  const heads = name !== undefined && /^(\p{L}+)\s+of\b/u.exec(name);
  if (heads && ROLE_WORDS.has(heads[1]!.toLowerCase())) return {};
  // ("the association's 7th General Assembly", then "The 8th General Assembly will …": two)
  const ordinal = m && /\b(\d{1,3}(?:st|nd|rd|th))\s+$/.exec(sentence.slice(0, m.index))?.[1];
  if (name && name.split(/\s+/).length >= 2)
    return { named: ordinal && name === written ? `${ordinal} ${name}` : name };
  // "for the symposium Digital Twins for Mental Health at Karolinska": the noun, then the name
  const after = NOUN_THEN_NAME.exec(sentence)?.[1];
  // ("At the conference Commissioner X presented": a title and a person, not a name)
  const first = after?.split(/\s/)[0]?.toLowerCase() ?? '';
  if (after && !ROLE_WORDS.has(first) && !PERSONAL_TITLES.has(first.replace(/\.$/, '')))
    return { named: after };
  // (last, when no name is written: "– informal meeting of Chief Medical Officers", "the informal
  // meeting of health ministers")
  const ofGroup = MEETING_OF_GROUP.exec(sentence);
  return ofGroup ? { named: ofGroup[0].charAt(0).toUpperCase() + ofGroup[0].slice(1) } : {};
}

/** An event's head word: what must be left of a name once its host is cut off. */
const EVENT_TITLE_WORD = new RegExp(String.raw`\b(?:${EVENT_HEADS}|day|days|week)\b`, 'i');

/** An organisation's name, then "for the" or "at the", before the event's own name. */
const HOST_FOR_THE = new RegExp(
  String.raw`^.*?\b(?:${[...ORG_HEADS].join('|')})\s+(?:for|at)\s+the\s+(?=\p{Lu})`,
  'iu',
);

const PLACE_FOR_THE = /^.*?\bin\s+(\p{Lu}[\p{L}-]+)\s+for\s+the\s+(?=\p{Lu})/u;

/** "witnessed the signing of a memorandum of understanding between …": what was signed. */
const SIGNING_OF =
  /\bsigning\s+of\s+(?:a|an|the)\s+(memorandum\s+of\s+understanding|(?:grant\s+|partnership\s+|cooperation\s+)?agreement|declaration|charter|contract)\b/i;

/** "at VPH2024, the biennial conference of …": a name, then the event it is. */
const NAME_YEAR_APPOSED = new RegExp(
  String.raw`^\s*(?!(?:In|Since|By|From|Until|For|On|At|During|After|Before|Through|Throughout|Over|Of|The)\b)(\p{Lu}[\p{L}\p{N}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}'’-]*){0,4}[ \t]+(?:19|20)\d{2}),\s+(?:the|a|an|its|this|our)\s+(?:[\p{L}-]+\s+){0,5}?(?:${EVENT_HEADS})\b`,
  'u',
);
const NAME_THEN_NOUN = new RegExp(
  String.raw`\b(?:opened|launched|inaugurated|unveiled)\s+(\p{Lu}[\p{L}\p{N}'’-]*(?::?[ \t]+(?:(?:of|in|the|for|on|and|your|my|our)[ \t]+)*\p{Lu}[\p{L}\p{N}'’-]*){0,7}),\s+(?:a|an|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:exhibition|festival|${EVENT_HEADS})\b|\bat\s+(\p{Lu}[\p{L}\p{N}'’-]*(?:[ \t]+(?:(?:of|in|the|for|on|and)[ \t]+)*\p{Lu}[\p{L}\p{N}'’-]*){0,5}),\s+(?:the|a|an|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:${EVENT_HEADS})\b|\b(?:our|the|this|its|their)\s+(?:(?!(?:own|separate|satellite|parallel)\b)[\p{L}-]+\s+){0,2}?(?:${EVENT_HEADS}),\s+(\p{Lu}[\p{L}\p{N}'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}'’-]*|(?:19|20)\d\d)){0,4})(?:(?<=(?:19|20)\d\d)\s+\(\p{Lu}{2,}[^()\n]{0,15}\))?,`,
  'u',
);

const NOUN_THEN_NAME = new RegExp(
  String.raw`\bthe[ \t]+(?:${EVENT_HEADS})[ \t]+(\p{Lu}[\p{L}\p{N}'’-]*(?:[ \t]+(?:(?:for|of|on|in|and|the|de)[ \t]+)*\p{Lu}[\p{L}\p{N}'’-]*){1,7})`,
  'u',
);

/**
 * The page's title: the first line of the first sentences that is not a label above it, or the
 * first after a site's breadcrumb ("Home / Events / Workshops / ISEB 2026").
 */
export function pageTitle(text: string, sentences: readonly Sentence[]): string {
  // (the page's own lines: a site's name, its crumbs and the title may make one "sentence")
  const top = sentences[0]?.start ?? 0;
  const lines = text
    .slice(top)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 6);
  const crumb = lines.findIndex(isBreadcrumbs);
  // (under a masthead, its subtitle and a menu too: "KU LEUVEN ⏎ Faculty of … ⏎ Home Research …")
  const after = crumb >= 0 && crumb < 4 ? lines[crumb + 1] : undefined;
  // (not the crumb's last part, the page's section: "Home / Programme / Speakers", "Speakers")
  const section = lines[crumb]
    ?.split(/\s[/›>»]\s/)
    .at(-1)
    ?.trim()
    .toLowerCase();
  // (a crumb's last part of three words or more is the page's own title: "… › Meetings ›
  // Informal meeting of health ministers")
  // (under a masthead: nor a heading of that section, "Home / Mentors ⏎ MEET THE MENTORS")
  const sectionOnly =
    after !== undefined &&
    ((after.toLowerCase() === section && after.split(/\s+/).length < 3) ||
      (crumb >= 2 && !!section && after.toLowerCase().includes(section)));
  if (after && !isPageLabel(after) && !sectionOnly) return after;
  return lines.slice(0, 3).find((line) => !isPageLabel(line)) ?? lines[0]!;
}
