/**
 * The graph as the draft reads it, in two states: as loaded, and as if some curated documents had
 * never been loaded (built in memory from the loaded gazetteer: the draft only reads names).
 */
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { fromRoot } from '../../src/config/paths.js';
import type { DraftContext } from '../../src/draft/draft.js';
import { buildGazetteer, type Gazetteer, type KnownEntity } from '../../src/draft/gazetteer.js';

const cache = new Map<string, string>();

/** A statement from bench/draft/<name>.cypher, read once; parameters only. */
export function draftCypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(fromRoot('bench', 'draft', `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

interface Claim {
  readonly property: string;
  readonly value: unknown;
  readonly sources: readonly string[];
}

/** Where each gazetteer entity comes from: its documents and its claims. */
export interface Provenance {
  readonly docs: ReadonlyMap<string, readonly string[]>;
  readonly claims: ReadonlyMap<string, readonly Claim[]>;
}

export interface GraphState {
  readonly name: string;
  readonly gazetteer: Gazetteer;
  readonly eventOn: NonNullable<DraftContext['eventOn']>;
  /** What the filter left out: entities dropped, spellings dropped, names changed. */
  readonly dropped: { entities: string[]; spellings: string[]; renamed: string[] };
}

export async function readProvenance(driver: Driver, database: string): Promise<Provenance> {
  const { records } = await driver.executeQuery(
    draftCypher('entity-sources'),
    {},
    { database, routing: 'READ' },
  );
  const docs = new Map<string, string[]>();
  const claims = new Map<string, Claim[]>();
  for (const r of records) {
    const id = r.get('id') as string;
    docs.set(id, r.get('docs') as string[]);
    claims.set(
      id,
      (r.get('claims') as string[]).map((c) => JSON.parse(c) as Claim),
    );
  }
  return { docs, claims };
}

export async function documentExists(driver: Driver, database: string, id: string) {
  const { records } = await driver.executeQuery(
    draftCypher('document-exists'),
    { id },
    { database, routing: 'READ' },
  );
  return Number(records[0]?.get('found') ?? 0) > 0;
}

const onlyFrom = (sources: readonly string[], excluded: ReadonlySet<string>): boolean =>
  sources.length > 0 && sources.every((s) => excluded.has(s));

/**
 * The gazetteer without what only the `excluded` documents brought: entities only they mention,
 * aliases and acronyms only they claim, a name only they claim (another claimed name instead).
 */
export async function graphState(
  driver: Driver,
  database: string,
  loaded: Gazetteer,
  provenance: Provenance,
  excludedDocs: readonly string[],
): Promise<GraphState> {
  const excluded = new Set(excludedDocs);
  const dropped = { entities: [] as string[], spellings: [] as string[], renamed: [] as string[] };
  const entities: KnownEntity[] = [];
  for (const e of loaded.entities) {
    if (onlyFrom(provenance.docs.get(e.id) ?? [], excluded)) {
      dropped.entities.push(e.id);
      continue;
    }
    const claims = provenance.claims.get(e.id) ?? [];
    const gone = (property: string, value: string) =>
      claims.some(
        (c) => c.property === property && c.value === value && onlyFrom(c.sources, excluded),
      );
    const aliases = e.aliases.filter((a) => !gone('aliases', a));
    const acronym = e.acronym && !gone('acronym', e.acronym) ? e.acronym : undefined;
    let name = e.name;
    if (gone('name', name)) {
      const other = claims.find((c) => c.property === 'name' && !onlyFrom(c.sources, excluded));
      if (other) {
        dropped.renamed.push(`${e.id}: ${name} → ${String(other.value)}`);
        name = String(other.value);
      }
    }
    for (const a of e.aliases) if (!aliases.includes(a)) dropped.spellings.push(`${e.id} "${a}"`);
    if (e.acronym && !acronym) dropped.spellings.push(`${e.id} acronym "${e.acronym}"`);
    entities.push({ id: e.id, label: e.label, name, aliases, ...(acronym ? { acronym } : {}) });
  }
  const { records } = await driver.executeQuery(
    draftCypher('event-cities'),
    { excluded: [...excluded] },
    { database, routing: 'READ' },
  );
  const places = records.map((r) => ({
    city: r.get('city') as string,
    country: (r.get('country') as string | null) ?? undefined,
  }));
  const gazetteer = excluded.size ? buildGazetteer(entities, places) : loaded;
  return {
    name: excluded.size ? `without ${[...excluded].join(', ')}` : 'with everything loaded',
    gazetteer,
    eventOn: eventLookup(driver, database, [...excluded]),
    dropped,
  };
}

/** The draft's eventOn (src/app/draft-article.ts eventOnDay), blind to the excluded documents. */
function eventLookup(driver: Driver, database: string, excluded: string[]) {
  return async (date: string, city?: string): Promise<KnownEntity | undefined> => {
    const { records } = await driver.executeQuery(
      draftCypher('events-on-day'),
      { date, excluded },
      { database, routing: 'READ' },
    );
    const e = records
      .map((r) => ({
        id: r.get('id') as string,
        name: r.get('name') as string,
        city: r.get('city') as string | null,
        aliases: r.get('aliases') as string[],
      }))
      .find((x) => !city || !x.city || x.city === city);
    return e ? { id: e.id, label: 'Event', name: e.name, aliases: e.aliases } : undefined;
  };
}
