import { LABEL_SPECS, type Label } from '../model/labels.js';
import { slug } from '../model/names/normalise.js';
import { ENDPOINTS } from '../model/relationship-types.js';
import type { KnownEntity } from './gazetteer.js';

/** An entity the draft refers to: known (by id) or proposed (declared in the draft). */
export interface DraftEntity {
  readonly id: string;
  readonly label: Label;
  readonly name: string;
  readonly known: boolean;
  /** Fields of a proposed entity (id and name aside), in the order they are written. */
  readonly fields: Record<string, unknown>;
  /** Spellings of a known entity that differ from its name, as the text writes them. */
  readonly spellings: Set<string>;
  readonly checks: string[];
}

export interface DraftRelationship {
  readonly from: string;
  readonly type: string;
  readonly to: string;
  readonly props: Record<string, unknown>;
  readonly checks: string[];
}

/** Collects what a draft proposes: entities by id, relationships once each, notes for the curator. */
export class DraftBuilder {
  readonly entities = new Map<string, DraftEntity>();
  readonly relationships = new Map<string, DraftRelationship>();
  /** Paraphrases and other text the curator may turn into facts: comments at the end. */
  readonly notes: string[] = [];

  constructor(private readonly takenIds: ReadonlySet<string>) {}

  known(entity: KnownEntity, written: string): DraftEntity {
    let e = this.entities.get(entity.id);
    if (!e) {
      e = {
        id: entity.id,
        label: entity.label,
        name: entity.name,
        known: true,
        fields: {},
        spellings: new Set(),
        checks: [],
      };
      this.entities.set(entity.id, e);
    }
    if (!sameSpelling(written, entity)) e.spellings.add(written);
    return e;
  }

  /** A gazetteer entity: the draft's own proposal when it is one (an introduced name), else known. */
  refer(entity: KnownEntity, written: string): DraftEntity {
    const own = this.entities.get(entity.id);
    return own && !own.known ? own : this.known(entity, written);
  }

  /** A proposed entity; the same label and name twice is one entity. */
  propose(
    label: Label,
    name: string,
    fields: Record<string, unknown> = {},
    idHint = name,
  ): DraftEntity {
    // (a name wrapped at a line's end is one line: "Ministry of Labour, Social⏎Affairs and Family")
    name = name.replace(/\s*\n\s*/g, ' ');
    const found = [...this.entities.values()].find(
      (e) => !e.known && e.label === label && e.name === name,
    );
    if (found) return found;
    const id = this.freeId(`${LABEL_SPECS[label].prefix}:${slug(idHint)}`);
    const e = { id, label, name, known: false, fields, spellings: new Set<string>(), checks: [] };
    this.entities.set(id, e);
    return e;
  }

  /** A relationship the model allows between the two labels; the first statement of it wins. */
  relate(
    from: DraftEntity,
    type: string,
    to: DraftEntity,
    props: Record<string, unknown> = {},
  ): DraftRelationship | undefined {
    const ends = ENDPOINTS[type as keyof typeof ENDPOINTS] as
      { from: readonly string[]; to: readonly string[] } | undefined;
    if (
      !ends ||
      from.id === to.id ||
      !ends.from.includes(from.label) ||
      !ends.to.includes(to.label)
    )
      return undefined;
    // (an end dropped before — a name read inside a title — is declared again: nothing dangles)
    for (const end of [from, to]) if (!this.entities.has(end.id)) this.entities.set(end.id, end);
    const key = `${from.id} ${type} ${to.id}`;
    let rel = this.relationships.get(key);
    if (!rel) {
      const stated = Object.fromEntries(
        Object.entries(props).filter(([, v]) => v !== '' && v !== undefined),
      );
      rel = { from: from.id, type, to: to.id, props: stated, checks: [] };
      this.relationships.set(key, rel);
    }
    return rel;
  }

  /** Withdraws a proposal nothing refers to yet (a shorter spelling of another one). */
  drop(entity: DraftEntity): void {
    const used = [...this.relationships.values()].some(
      (r) => r.from === entity.id || r.to === entity.id,
    );
    if (!entity.known && !used) this.entities.delete(entity.id);
  }

  /** A proposal that was wrong (an event read as an organisation): it and its relationships go. */
  withdraw(entity: DraftEntity): void {
    if (entity.known) return;
    for (const [key, r] of this.relationships)
      if (r.from === entity.id || r.to === entity.id) this.relationships.delete(key);
    this.entities.delete(entity.id);
  }

  /**
   * A proposal given a fuller name (and so a new id): its relationships follow it. The old object
   * is not updated: a caller still holding it (a mention, a finding) would relate the old id. So
   * rename only where the caller hands the new object on (a numbered work given its page's title:
   * document-titles.ts) or nothing relates the entity afterwards (units qualified last:
   * qualified-units.ts).
   */
  rename(entity: DraftEntity, name: string, fields: Record<string, unknown>): DraftEntity {
    if (entity.known) return entity;
    const id = this.freeId(`${LABEL_SPECS[entity.label].prefix}:${slug(name)}`);
    const renamed: DraftEntity = { ...entity, id, name, fields };
    const entities = [...this.entities].map(([k, e]) => (k === entity.id ? renamed : e));
    this.entities.clear();
    for (const e of entities) this.entities.set(e.id, e);
    const moved = (end: string) => (end === entity.id ? id : end);
    const rels = [...this.relationships.values()].map((r) => ({
      ...r,
      from: moved(r.from),
      to: moved(r.to),
    }));
    this.relationships.clear();
    for (const r of rels) this.relationships.set(`${r.from} ${r.type} ${r.to}`, r);
    return renamed;
  }

  private freeId(base: string): string {
    let id = base;
    for (let n = 2; this.takenIds.has(id) || this.entities.has(id); n++) id = `${base}-${n}`;
    return id;
  }
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const sameSpelling = (written: string, e: KnownEntity): boolean => fold(written) === fold(e.name);
