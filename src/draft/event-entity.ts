/*
 * The event a draft reports, as an entity: the graph's when it knows one that day, else proposed
 * under the name the text gives it, or one made up from what it is (kind, host, subject, city).
 */
import { short } from './evidence.js';
import type { DraftBuilder, DraftEntity } from './draft-builder.js';
import type { EventFacts } from './event.js';
import { titleCase } from './dateline.js';
import { namedIn } from './event-names.js';
import type { KnownEntity } from './gazetteer.js';

const LAUNCH_NOUN: Record<string, string> = {
  inaugurated: 'Inauguration',
  opened: 'Opening',
  unveiled: 'Unveiling',
};

const EVENT_TITLE =
  /\b(?:event|meeting|conference|summit|congress|symposium|forum|workshop|webinar|launch|assembly|roundtable|kick-?off)\b/i;

/**
 * An entity's name inside an event's name: a dataset's name in capitals ("HOSPICES CIVILS DE
 * LYON") as the text writes it, or title-cased.
 */
const shownName = (e: DraftEntity): string =>
  /\p{Ll}/u.test(e.name) || e.name.length <= 8 || !/\s/.test(e.name) // ("NEPHRO-TWIN": an acronym)
    ? e.name
    : ([...e.spellings].find((s) => /\p{Ll}/u.test(s)) ?? titleCase(e.name));

export function eventEntity(
  builder: DraftBuilder,
  e: EventFacts,
  known?: KnownEntity,
  title?: string,
  launched?: string,
): DraftEntity {
  if (known) {
    const entity = builder.known(known, known.name);
    entity.checks.push(
      `the graph has this event on ${e.date}: the draft refers to it; declare a new event if the text reports another one`,
    );
    return entity;
  }
  const about =
    e.about.find((m) => m.entity.label === 'Initiative') ??
    e.about.find((m) => m.entity.label === 'Project');
  const on = about ? ` on ${shownName(about.entity)}` : '';
  const by = e.host ? `${shownName(e.host.entity)} ` : '';
  // "Speech by X, …, at the inauguration of the Y": the title names the event the text reports
  const titled = !title
    ? undefined
    : (namedIn(title).named ??
      (EVENT_TITLE.test(title) ? title.split(/[,:(]/)[0]!.trim() : undefined));
  const name =
    e.named ??
    titled ??
    (e.kind === 'LAUNCH' && launched
      ? `Launch of the ${launched}`
      : e.kind === 'LAUNCH' && e.launched
        ? `${LAUNCH_NOUN[e.launched.verb] ?? 'Launch'} of the ${e.launched.name}`
        : e.owner
          ? `${shownName(e.owner.entity)} ${e.noun}`
          : /^kick-?off/i.test(e.noun) && about?.entity.label === 'Project'
            ? `${shownName(about.entity)} ${e.noun}` // (a kick-off is its project's)
            : `${by}${e.noun}${on}${!by && !on && e.city ? ` in ${e.city}` : ''}`);
  const entity = builder.propose(
    'Event',
    name.charAt(0).toUpperCase() + name.slice(1),
    {
      date: e.date,
      ...(e.endDate ? { endDate: e.endDate } : {}),
      ...(e.venue ? { venue: e.venue } : {}),
      ...(e.city ? { city: e.city } : {}),
      ...(e.country ? { country: e.country } : {}),
      ...(e.kind ? { kind: e.kind } : {}),
      quote: short(e.evidence, 300),
    },
    `${e.date} ${name}`.slice(0, 60),
  );
  if (!entity.checks.length)
    entity.checks.push(
      'new event: the name is made up from the text; give it the event’s own title if the text has one',
      ...e.checks,
    );
  return entity;
}
