/**
 * A page's listed event: its kind as a label, then its title in quotes, over a line that opens
 * with its day ('Webinar | "EHDS na prática: o que muda para os hospitais" (EHDS in practice …)'
 * over "18 March 2026, 10:00–12:00 (Lisbon time), online"). The title names the event.
 */
import { writtenDay } from './date-parts.js';
import type { EventFacts } from './event.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { isPlace } from './places.js';
import { EVENT_NOUNS } from './vocabulary.js';

const LABELLED =
  /^[ \t]*(Webinar|Workshop|Conference|Seminar|Symposium|Info(?:rmation)? day|Roundtable|Round table|Hackathon|Summit|Forum|Event)[ \t]*[|:–—][ \t]*["“]([^"”\n]{4,160})["”][^\n]*\n[ \t]*(\d{1,2}[ \t]+\p{L}+[ \t]+\d{4})\b([^\n]*)/gmu;

export function labelledEventTitles(
  text: string,
  mentions: readonly Mention[],
  gaz: Gazetteer,
): EventFacts[] {
  return [...text.matchAll(LABELLED)].flatMap((m) => {
    const [whole, label, title, day, rest] = m as unknown as [
      string,
      string,
      string,
      string,
      string,
    ];
    const date = writtenDay(day);
    if (!date) return [];
    const kind = EVENT_NOUNS.find(([re]) => re.test(label))?.[1];
    const city = rest
      .split(/[,;()]\s*/)
      .map((p) => p.trim())
      .find((p) => isPlace(p, gaz));
    const span = { start: m.index, end: m.index + whole.length };
    return [
      {
        date,
        ...(kind ? { kind } : {}),
        noun: label.toLowerCase(),
        named: title.trim(),
        ...(city ? { city } : {}),
        about: mentions.filter(
          (x) =>
            x.start >= span.start &&
            x.end <= span.end &&
            ['Initiative', 'Project', 'Topic'].includes(x.entity.label),
        ),
        evidence: whole.trim(),
        span,
        checks: [],
      },
    ];
  });
}
