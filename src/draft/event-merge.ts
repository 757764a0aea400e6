import type { EventFacts } from './event.js';

/**
 * Adds an event found after the main one to `out`, unless it is one already there: the same day
 * ("Last week the consortium met in Bologna. Over two days (20–21/01/2026) …": one meeting), or a
 * day of an event whose span another sentence gives. Changes `out` in place.
 */
export function withEvent(out: EventFacts[], facts: EventFacts): void {
  // ("Last week the consortium met in Bologna. Over two days (20–21/01/2026) …": one meeting)
  const same = out.findIndex(
    (e) =>
      e.date === facts.date ||
      (facts.date.length === 7 && e.date.startsWith(facts.date) && sameCity(e, facts)),
  );
  // ("Forum 2025 · … · Day 2, Wed 22.10.2025", then "Day 2 of the Forum (21–23 October 2025)":
  // the event's whole span, where a day of it was read first)
  const spans = out.findIndex(
    (e) => (sameEvent(e, facts) || sameHead(e, facts)) && within(e.date, facts),
  );
  // ("VHT Summit 2026" on 25–26 March, then "day one of the European Virtual Human Twins Summit"
  // on the 26th: a day of it, named by its noun)
  // (or an unnamed one in its city on one of its days: "… at the family photo, Nicosia, 24 April")
  const insideAt = out.findIndex(
    (e) =>
      (sameEvent(e, facts) || sameHead(e, facts) || (!facts.named && sameCity(e, facts))) &&
      within(facts.date, e),
  );
  const inside = insideAt >= 0;
  // ("The congress, held from 8 to 10 September …", then "… at the closing ceremony of its annual
  // congress, Computational Medicine Europe 2026, on 10 September": the span's event, so named)
  if (
    inside &&
    !out[insideAt]!.named &&
    facts.named &&
    sameHead(out[insideAt]!, facts) &&
    oneEvent(out[insideAt]!, facts)
  ) {
    out[insideAt] = { ...out[insideAt]!, named: facts.named };
    return;
  }
  // ("Yesterday our Steering Committee approved the programme of HDAB-Net's Secondary Use
  // Readiness Workshop": the named event is the one already there, on its own day)
  if (out.some((e) => e.named !== undefined && unowned(e.named) === unowned(facts.named))) return;
  if (spans >= 0) out[spans] = { ...out[spans]!, date: facts.date, endDate: facts.endDate };
  else if (same < 0 && !inside) out.push(facts);
  // "Save the date: webinar on 12 March", then "a webinar, “Twins at the bedside”, on 12 March"
  else if (same >= 0 && !out[same]!.named && facts.named)
    out[same] = { ...out[same]!, named: facts.named, noun: facts.noun };
}

const sameCity = (a: EventFacts, b: EventFacts): boolean => !!a.city && a.city === b.city;
const bare = (name: string | undefined) => name?.replace(/\s+\d{4}$/, '').toLowerCase();
/** ("HDAB-Net's Secondary Use Readiness Workshop": the name without its owner) */
const unowned = (name: string | undefined) =>
  name?.replace(/^(?:[\p{L}-]+\s+){0,3}[\p{L}-]+['’]s\s+/u, '').toLowerCase();
const sameEvent = (a: EventFacts, b: EventFacts): boolean =>
  a.named !== undefined && bare(a.named) === bare(b.named);
/** The event's noun: its name's last word, or the noun the text gave an unnamed one. */
const head = (e: EventFacts) => (bare(e.named) ?? e.noun.toLowerCase()).split(/\s+/).at(-1);
/**
 * The same head, or the same noun the text gave both ("its annual congress, Computational Medicine
 * Europe 2026" and "The congress, held from …"), when nothing says they are two: not another
 * city, not a body's "own", "separate", "satellite" or "parallel" one.
 */
const sameHead = (a: EventFacts, b: EventFacts): boolean =>
  head(a) === head(b) || (a.noun.toLowerCase() === b.noun.toLowerCase() && oneEvent(a, b));
const OWN = /\b(?:own|separate|satellite|parallel|side|fringe|pre-?conference)\b/i;
const oneEvent = (a: EventFacts, b: EventFacts): boolean =>
  !(a.city && b.city && a.city !== b.city) && !OWN.test(a.evidence) && !OWN.test(b.evidence);
const within = (day: string, e: EventFacts): boolean =>
  e.endDate !== undefined && e.date <= day && day <= e.endDate && e.date !== day;

/**
 * "GENERAL ASSEMBLY 2025: NEW BOARD ELECTED ⏎ Ljubljana, 16 June 2025 | Posted by …" over "The 12th
 * Annual General Meeting … took place on 13 June 2025 … in Ljubljana": the event read from the
 * page's heading, dated by its byline's day, is the one the body dates, when the body
 * has one of its kind, in its city, in the two weeks before.
 */
export function withoutPostedTwins(out: EventFacts[]): EventFacts[] {
  const posted = (e: EventFacts) => POSTED.test(e.evidence) && headingFirst(e.evidence);
  // ("GENERAL ASSEMBLY 2026 OF EUROPEAN HOSPITAL FEDERATION": whose it is, which the body's must say)
  const whose = (e: EventFacts) =>
    /\bof\s+(?:the\s+)?(\p{Lu}[^\n]*)/iu.exec(e.evidence.split('\n')[0]!)?.[1];
  const said = (e: EventFacts, f: EventFacts) =>
    !whose(e) || foldWords(f.evidence).includes(foldWords(whose(e)!));
  const twin = (e: EventFacts) =>
    out.some(
      (f) =>
        f.span.start > e.span.end &&
        said(e, f) &&
        f.kind === e.kind &&
        sameCity(f, e) &&
        f.date.length === 10 &&
        f.date < e.date &&
        Date.parse(e.date) - Date.parse(f.date) <= 14 * 86_400_000,
    );
  return out.filter((e) => !(posted(e) && twin(e)));
}

/** A page's heading over its byline: "…\nLjubljana, 16 June 2025 | Posted by … | 4 min read". */
const POSTED = /\n[^\n]*\b(?:posted|published|updated|min(?:ute)?s?\s+read)\b/i;

/** A heading's line first: no full stop, up to fifteen words, over the page's day line. */
function headingFirst(evidence: string): boolean {
  const nl = evidence.indexOf('\n');
  const first = nl < 0 ? '' : evidence.slice(0, nl);
  return !!first.trim() && !/[.!?]/.test(first) && first.trim().split(/\s+/).length <= 15;
}

const foldWords = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
