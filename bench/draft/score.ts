/**
 * A draft scored against the curated file: recall and precision per kind of fact, the event's
 * date and city, and what the draft invented (people and organisations no curated entity is).
 */
import { mapEntities, type EntityMap } from './entity-map.js';
import type { SeedView, ViewEntity, ViewRelationship } from './seed-view.js';

export interface Measure {
  /** Curated facts the draft has, of all curated ones. */
  readonly found: number;
  readonly curated: number;
  /** Drafted facts the curated file has, of all drafted ones. */
  readonly right: number;
  readonly drafted: number;
  readonly missed: string[];
  /** Drafted facts (draft ids, or relationships as mapped) the curated file does not have. */
  readonly extra: string[];
}

export interface Score {
  readonly people: Measure;
  readonly organisations: Measure;
  readonly affiliations: Measure & { titlesExact: number };
  readonly speakers: Measure;
  readonly quotedStatements: Measure & { attributedRight: number };
  readonly allStatements: Measure;
  readonly relationships: Measure & { missedByType: Record<string, number> };
  readonly date: boolean | null;
  readonly city: boolean | null;
  readonly invented: string[];
  /** Curated entities no drafted one is, by kind (names). */
  readonly missedEntities: Record<string, string[]>;
  readonly mapping: Record<string, string | null>;
}

function measure(curated: Map<string, string>, drafted: Map<string, string | undefined>): Measure {
  const hit = new Set([...drafted.values()].filter((c) => c !== undefined && curated.has(c)));
  return {
    found: hit.size,
    curated: curated.size,
    right: [...drafted.values()].filter((c) => c !== undefined && curated.has(c)).length,
    drafted: drafted.size,
    missed: [...curated].filter(([k]) => !hit.has(k)).map(([, label]) => label),
    extra: [...drafted].filter(([, c]) => c === undefined || !curated.has(c)).map(([d]) => d),
  };
}

const entitiesOf = (view: SeedView, test: (e: ViewEntity) => boolean) =>
  new Map([...view.entities.values()].filter(test).map((e) => [e.id, e.name]));

const key = (r: { from: string; type: string; to: string }) => `${r.from} ${r.type} ${r.to}`;

function relationshipsOf(view: SeedView, map: EntityMap | undefined, type?: string) {
  const out = new Map<string, ViewRelationship>();
  for (const r of view.relationships) {
    if (type && r.type !== type) continue;
    const from = map ? map.get(r.from) : r.from;
    const to = map ? map.get(r.to) : r.to;
    const k = from && to ? key({ from, type: r.type, to }) : `unmapped ${key(r)}`;
    if (!out.has(k)) out.set(k, r);
  }
  return out;
}

function relMeasure(curated: SeedView, draft: SeedView, map: EntityMap, type?: string) {
  const c = relationshipsOf(curated, undefined, type);
  const d = relationshipsOf(draft, map, type);
  const name = (id: string) => curated.entities.get(id)?.name ?? id;
  const m = measure(
    new Map([...c].map(([k, r]) => [k, `${name(r.from)} ${r.type} ${name(r.to)}`])),
    new Map([...d.keys()].map((k) => [k, k])),
  );
  return { m, c, d };
}

/** The people at the `from` end of a type of relationship → their curated id (via `map`). */
function personsWith(view: SeedView, type: string, map?: EntityMap) {
  const out = new Map<string, string | undefined>();
  for (const r of view.relationships)
    if (r.type === type && r.from.startsWith('person:'))
      out.set(r.from, map ? map.get(r.from) : r.from);
  return out;
}

export function scoreDraft(draft: SeedView, curated: SeedView): Score {
  const map = mapEntities(draft, curated);
  const of = (test: (e: ViewEntity) => boolean) =>
    new Map([...draft.entities.values()].filter(test).map((e) => [e.id, map.get(e.id)]));
  const kind = (k: string) => (e: ViewEntity) => e.kind === k;
  const quoted = (e: ViewEntity) => e.kind === 'statement' && e.fields.quoted === true;
  const curatedPeople = entitiesOf(curated, kind('person'));

  const aff = relMeasure(curated, draft, map, 'HOLDS_ROLE');
  const matchedAff = [...aff.d].filter(([k]) => aff.c.has(k));
  const titlesExact = matchedAff.filter(
    ([k, r]) => (aff.c.get(k)?.title ?? '').trim() === (r.title ?? '').trim(),
  ).length;

  const speakersCurated = new Map(
    [...personsWith(curated, 'SPOKE_AT').keys()].map((id) => [id, curatedPeople.get(id) ?? id]),
  );
  const speakersDrafted = personsWith(draft, 'SPOKE_AT', map);

  const quotedMeasure = measure(entitiesOf(curated, quoted), of(quoted));
  const madeBy = (view: SeedView, id: string, m?: EntityMap) =>
    view.relationships
      .filter((r) => r.type === 'MADE_BY' && r.from === id)
      .map((r) => (m ? m.get(r.to) : r.to))
      .sort()
      .join(' ');
  const attributedRight = [...of(quoted)].filter(
    ([d, c]) => c !== undefined && madeBy(draft, d, map) === madeBy(curated, c),
  ).length;

  const rel = relMeasure(curated, draft, map);
  const missedByType: Record<string, number> = {};
  for (const [k, r] of rel.c)
    if (!rel.d.has(k)) missedByType[r.type] = (missedByType[r.type] ?? 0) + 1;

  const events = [...curated.entities.values()].filter((e) => e.kind === 'event' && e.declared);
  const draftEvents = [...draft.entities.values()].filter((e) => e.kind === 'event');
  const eventHit = (field: 'date' | 'city') =>
    events.length === 0
      ? null
      : draftEvents.some((d) =>
          events.some(
            (c) =>
              d.id === c.id ||
              (d.fields[field] !== undefined &&
                String(d.fields[field]).toLowerCase() === String(c.fields[field]).toLowerCase()),
          ),
        );

  const found = new Set([...map.values()].filter(Boolean));
  const missedEntities: Record<string, string[]> = {};
  for (const c of curated.entities.values())
    if (!found.has(c.id)) (missedEntities[c.kind] ??= []).push(c.name);

  return {
    people: measure(curatedPeople, of(kind('person'))),
    organisations: measure(entitiesOf(curated, kind('org')), of(kind('org'))),
    affiliations: { ...aff.m, titlesExact },
    speakers: measure(speakersCurated, speakersDrafted),
    quotedStatements: { ...quotedMeasure, attributedRight },
    allStatements: measure(entitiesOf(curated, kind('statement')), of(kind('statement'))),
    relationships: { ...rel.m, missedByType },
    date: eventHit('date'),
    city: eventHit('city'),
    invented: [...draft.entities.values()]
      .filter((e) => (e.kind === 'person' || e.kind === 'org') && !map.get(e.id))
      .map((e) => `${e.name} (${e.declared ? 'new' : 'known'} ${e.kind})`),
    missedEntities,
    mapping: Object.fromEntries([...map].map(([d, c]) => [d, c ?? null])),
  };
}
