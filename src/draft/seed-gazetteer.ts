/**
 * The names the curated seed files declare, as a draft gazetteer: what `draft` would know from a
 * graph loaded with seed/ alone (no database needed; the datasets' names are not in it). A
 * reference's `asWritten` spelling is an alias, as the loader keeps it.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fromRoot } from '../config/paths.js';
import { buildGazetteer, type Gazetteer, type KnownEntity } from './gazetteer.js';
import { LABEL_SPECS, LABELS, type Label } from '../model/labels.js';
import { listSeedFiles } from '../seed/read/read-text.js';

type Row = Record<string, unknown>;
const DRAFTED: readonly Label[] = ['Person', 'Organisation', 'Initiative', 'Project', 'Topic'];
const labelOf = (id: string): Label | undefined =>
  LABELS.find((l) => id.startsWith(`${LABEL_SPECS[l].prefix}:`));

export function seedGazetteer(dir = fromRoot('seed')): Gazetteer {
  const byId = new Map<string, KnownEntity>();
  const places = new Map<string, { city: string; country?: string }>();
  const documents = new Map<string, { id: string; name: string; names: string[] }>();
  const written = new Map<string, string[]>();
  for (const file of listSeedFiles(dir)) {
    const doc = (parse(readFileSync(file, 'utf8')) ?? {}) as {
      source?: Row;
      entities?: Row[];
      mentions?: Row[];
    };
    for (const row of [...(doc.entities ?? []), ...(doc.mentions ?? [])])
      if (typeof row.ref === 'string' && typeof row.asWritten === 'string')
        written.set(row.ref, [...(written.get(row.ref) ?? []), row.asWritten]);
    for (const row of [...(doc.source ? [doc.source] : []), ...(doc.entities ?? [])]) {
      const id = typeof row.id === 'string' ? row.id : undefined;
      const label = id ? labelOf(id) : undefined;
      if (id && label === 'Document' && typeof row.name === 'string') {
        const seen = documents.get(id) ?? { id, name: row.name, names: [] };
        documents.set(id, { ...seen, names: [...seen.names, row.name] });
      }
      if (label === 'Event' && typeof row.city === 'string')
        places.set(row.city, {
          city: row.city,
          ...(row.country ? { country: String(row.country) } : {}),
        });
      if (!id || !label || !DRAFTED.includes(label) || typeof row.name !== 'string') continue;
      const seen = byId.get(id);
      const aliases = [...(seen?.aliases ?? []), ...((row.aliases as string[] | undefined) ?? [])];
      byId.set(id, {
        id,
        label,
        name: seen?.name ?? row.name,
        aliases: [...new Set(aliases)],
        ...(typeof row.acronym === 'string'
          ? { acronym: row.acronym }
          : seen?.acronym
            ? { acronym: seen.acronym }
            : {}),
      });
    }
  }
  const entities = [...byId.values()].map((e) => ({
    ...e,
    aliases: [...new Set([...e.aliases, ...(written.get(e.id) ?? [])])],
  }));
  return buildGazetteer(entities, [...places.values()], [...documents.values()]);
}

/**
 * The draft's eventOn over the seed files' events (draft-article.ts's eventOnDay against a
 * graph loaded with seed/ alone): the event on that day, in that city when both are known.
 */
export function seedEventOn(dir = fromRoot('seed')) {
  const events: (KnownEntity & { date: string; city?: string })[] = [];
  for (const file of listSeedFiles(dir)) {
    const doc = (parse(readFileSync(file, 'utf8')) ?? {}) as { entities?: Row[] };
    for (const row of doc.entities ?? []) {
      // (the register's meetings aside, as eventOnDay leaves them)
      if (typeof row.id !== 'string' || labelOf(row.id) !== 'Event') continue;
      if (row.id.startsWith('event:meeting-')) continue;
      if (typeof row.name !== 'string' || row.date === undefined) continue;
      const aliases = (row.aliases as string[] | undefined) ?? [];
      const city = typeof row.city === 'string' ? { city: row.city } : {};
      events.push({
        id: row.id,
        label: 'Event',
        name: row.name,
        aliases,
        date: String(row.date),
        ...city,
      });
    }
  }
  return (date: string, city?: string): Promise<KnownEntity | undefined> => {
    const e = events.find((x) => x.date === date && (!city || !x.city || x.city === city));
    return Promise.resolve(e && { id: e.id, label: e.label, name: e.name, aliases: e.aliases });
  };
}
