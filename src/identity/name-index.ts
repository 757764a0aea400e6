import { bitCount, closeLimit, editDistance, letterMask } from '../model/names/edit-distance.js';
import { normaliseText } from '../model/names/normalise.js';
import type { Label } from '../model/labels.js';

export interface NamedEntity {
  readonly id: string;
  readonly label: Label;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Events only: the day (YYYY-MM-DD) and city, for possible-duplicate checks. */
  readonly date?: string;
  readonly city?: string;
}

interface Spelling {
  readonly norm: string;
  readonly mask: number;
  readonly spelling: string;
  readonly id: string;
}

/**
 * Candidate blocks for bulk duplicate checks, per label: the first three and the last three letters
 * of the name ("mikael bensor" and "mikael benson" share "mik"). A typo at both ends is missed; blocks
 * bigger than MAX_BLOCK are too common to tell anything apart and are skipped. Reference resolution
 * does not use blocks: it compares against every spelling.
 */
const blockKeys = (label: Label, norm: string): string[] => [
  `${label}|p:${norm.slice(0, 3)}`,
  `${label}|s:${norm.slice(-3)}`,
];
const MAX_BLOCK = 200;

export interface CloseMatch {
  readonly id: string;
  readonly label: Label;
  readonly spelling: string;
  readonly distance: number;
}

/** Names and aliases of known entities, for exact (normalised) and close-spelling look-ups. */
export class NameIndex {
  readonly #byId = new Map<string, NamedEntity>();
  readonly #byLabel = new Map<Label, string[]>();
  /** Events by day (the first day of a month or year written alone), for look-alike checks. */
  readonly #eventsByDay = new Map<string, string[]>();
  readonly #exact = new Map<string, Set<string>>();
  readonly #spellings: Spelling[] = [];
  /** Blocks by word and prefix: a cheap candidate filter for bulk duplicate checks. */
  readonly #blocks = new Map<string, Spelling[]>();

  add(entity: NamedEntity, extra: readonly string[] = []): void {
    const known = this.#byId.get(entity.id);
    if (!known) {
      this.#byId.set(entity.id, entity);
      pushTo(this.#byLabel, entity.label, entity.id);
      if (entity.date) pushTo(this.#eventsByDay, firstDay(entity.date), entity.id);
    }
    for (const spelling of [entity.name, ...entity.aliases, ...extra]) {
      const norm = normaliseText(spelling);
      if (!norm) continue;
      const ids = this.#exact.get(norm) ?? new Set<string>();
      if (!ids.has(entity.id)) {
        ids.add(entity.id);
        this.#exact.set(norm, ids);
        const entry = { norm, mask: letterMask(norm), spelling, id: entity.id };
        this.#spellings.push(entry);
        for (const key of blockKeys(entity.label, norm)) {
          const block = this.#blocks.get(key);
          if (block) block.push(entry);
          else this.#blocks.set(key, [entry]);
        }
      }
    }
  }

  idsOf(label: Label): readonly string[] {
    return this.#byLabel.get(label) ?? [];
  }

  /** Ids of dated entities whose (first) day is `day` (YYYY-MM-DD). */
  idsOnDay(day: string): readonly string[] {
    return this.#eventsByDay.get(day) ?? [];
  }

  get(id: string): NamedEntity | undefined {
    return this.#byId.get(id);
  }

  /** Ids whose name or alias equals this one, ignoring case, accents and punctuation. */
  exact(name: string): string[] {
    return [...(this.#exact.get(normaliseText(name)) ?? [])];
  }

  /** The closest spellings within the limit, best first, restricted to some labels. */
  close(
    name: string,
    labels?: readonly Label[],
    excludeId?: string,
    exhaustive = true,
  ): CloseMatch[] {
    const norm = normaliseText(name);
    const limit = closeLimit(norm);
    const mask = letterMask(norm);
    const best = new Map<string, CloseMatch>();
    const blocks = exhaustive
      ? [this.#spellings]
      : (labels ?? []).flatMap((label) =>
          blockKeys(label, norm)
            .map((key) => this.#blocks.get(key) ?? [])
            .filter((block) => block.length <= MAX_BLOCK),
        );
    for (const block of blocks)
      for (const s of block) {
        if (s.id === excludeId || Math.abs(s.norm.length - norm.length) > limit) continue;
        if (bitCount(s.mask ^ mask) > 2 * limit) continue;
        const entity = this.#byId.get(s.id)!;
        if (labels && !labels.includes(entity.label)) continue;
        const distance = editDistance(norm, s.norm, limit);
        if (distance > limit) continue;
        const prior = best.get(s.id);
        if (!prior || distance < prior.distance) {
          best.set(s.id, { id: s.id, label: entity.label, spelling: s.spelling, distance });
        }
      }
    return [...best.values()].sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
  }
}

function pushTo<K>(map: Map<K, string[]>, key: K, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/** The first day a date written as YYYY, YYYY-MM or YYYY-MM-DD stands for. */
export const firstDay = (date: string): string =>
  `${date}${'-01'.repeat(Math.max(0, 3 - date.split('-').length))}`;
