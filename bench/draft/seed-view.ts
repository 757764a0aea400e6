/**
 * A seed file (curated or drafted) as the benchmark compares it: its entities (declared, patched,
 * or only referred to) with every spelling it gives them, and its relationships, ends resolved to ids.
 */
import { parse } from 'yaml';
import type { Gazetteer, KnownEntity } from '../../src/draft/gazetteer.js';
import { fold } from './fold.js';

export interface ViewEntity {
  readonly id: string;
  /** The id's prefix: person, org, event, statement, doc, initiative, project, topic. */
  readonly kind: string;
  readonly name: string;
  /** Folded name, aliases, acronym, asWritten. */
  readonly spellings: Set<string>;
  readonly declared: boolean;
  readonly fields: Record<string, unknown>;
}

export interface ViewRelationship {
  readonly from: string;
  readonly type: string;
  readonly to: string;
  readonly title?: string;
}

export interface SeedView {
  readonly sourceId: string;
  readonly entities: Map<string, ViewEntity>;
  readonly relationships: ViewRelationship[];
  /** References by name that no entity answers to. */
  readonly unresolved: string[];
}

type Row = Record<string, unknown>;
const ID = /^(person|org|event|statement|doc|initiative|project|topic):/;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** Known entities by folded spelling (name, alias, acronym), for references written as names. */
export function spellingIndex(entities: readonly KnownEntity[]): Map<string, KnownEntity> {
  const index = new Map<string, KnownEntity>();
  for (const e of entities) {
    for (const s of [e.name, ...e.aliases, e.acronym ?? '']) {
      const key = fold(s);
      if (key && !index.has(key)) index.set(key, e);
    }
  }
  return index;
}

export function readSeedView(yamlText: string, graph: Gazetteer): SeedView {
  const doc = (parse(yamlText) ?? {}) as Row;
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const bySpelling = spellingIndex(graph.entities);
  const entities = new Map<string, ViewEntity>();
  const unresolved: string[] = [];
  const sourceId = str((doc.source as Row | undefined)?.id) ?? 'doc:?';

  const entity = (id: string, declared = false): ViewEntity => {
    let e = entities.get(id);
    if (!e) {
      const known = byId.get(id);
      e = {
        id,
        kind: id.split(':')[0]!,
        name: known?.name ?? id,
        spellings: new Set(
          (known ? [known.name, ...known.aliases, known.acronym ?? ''] : [])
            .map(fold)
            .filter(Boolean),
        ),
        declared,
        fields: {},
      };
      entities.set(id, e);
    }
    return e;
  };
  const declaredByName = () => {
    const m = new Map<string, string>();
    for (const e of entities.values()) if (e.declared) m.set(fold(e.name), e.id);
    return m;
  };
  const resolve = (ref: string): string => {
    if (ID.test(ref)) return ref;
    const key = fold(ref);
    const id = declaredByName().get(key) ?? bySpelling.get(key)?.id;
    if (id) return id;
    unresolved.push(ref);
    return `unresolved:${key}`;
  };

  for (const row of (doc.entities ?? []) as Row[]) {
    const id = str(row.id) ?? str(row.ref);
    if (!id) continue;
    const e = entity(id, Boolean(row.id));
    const name = str(row.name);
    if (name && (row.id || e.name === id)) (e as { name: string }).name = name;
    for (const s of [name, ...list(row.aliases), str(row.acronym), str(row.asWritten)])
      if (s) e.spellings.add(fold(s));
    Object.assign(e.fields, row);
  }
  const relationships: ViewRelationship[] = [];
  for (const row of (doc.relationships ?? []) as Row[]) {
    const from = resolve(String(row.from));
    const to = resolve(String(row.to));
    entity(from);
    entity(to);
    const title = str(row.title);
    relationships.push({ from, type: String(row.type), to, ...(title ? { title } : {}) });
  }
  for (const row of (doc.mentions ?? []) as Row[]) {
    const e = entity(resolve(String(row.ref)));
    const written = str(row.asWritten);
    if (written) e.spellings.add(fold(written));
  }
  entities.delete(sourceId);
  return { sourceId, entities, relationships, unresolved };
}
