/**
 * Which curated entity each drafted one is: the same id; for a statement the same text (folded);
 * for an event the same date and the most shared words of its name (so "Meet in Lisbon" is not the
 * "Inauguration of the Atlantic Twin Data Hub" of the same day); else a shared spelling (name, alias,
 * acronym, asWritten), folded — a drafted entity's own acronym is not one of its spellings here.
 */
import { fold } from './fold.js';
import type { SeedView, ViewEntity } from './seed-view.js';

export type EntityMap = ReadonlyMap<string, string | undefined>;

const textOf = (e: ViewEntity): string => fold(String(e.fields.text ?? ''));

/** One text inside the other, the shorter at least 80% of the longer (a trailing clause aside). */
export function sameText(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length >= 0.8 * long.length;
}

/** Words of a name that say what it is: not numbers, not "of the", not one or two letters. */
const STOP = new Set(['the', 'and', 'for', 'with', 'des', 'der', 'die', 'del', 'della', 'les']);
const nameWords = (e: ViewEntity): Set<string> =>
  new Set(
    [...e.spellings]
      .flatMap((s) => s.split(/\s+/))
      .filter((w) => w.length > 2 && !/^\d+$/.test(w) && !STOP.has(w)),
  );

const sharedWords = (a: ViewEntity, b: ViewEntity): number => {
  const words = nameWords(a);
  return [...nameWords(b)].filter((w) => words.has(w)).length;
};

/** Of the curated events of the drafted one's day, the one sharing most words of its name. */
function sameEvent(d: ViewEntity, all: readonly ViewEntity[]): string | undefined {
  const day = all.filter((c) => c.kind === 'event' && c.fields.date === d.fields.date);
  const best = day.reduce<[ViewEntity | undefined, number]>(
    (acc, c) => (sharedWords(c, d) > acc[1] ? [c, sharedWords(c, d)] : acc),
    [undefined, 0],
  );
  return best[0]?.id;
}

function match(d: ViewEntity, curated: SeedView): string | undefined {
  if (curated.entities.has(d.id)) return d.id;
  const all = [...curated.entities.values()];
  if (d.kind === 'statement')
    return all.find((c) => c.kind === 'statement' && sameText(textOf(c), textOf(d)))?.id;
  if (d.kind === 'event' && d.fields.date) return sameEvent(d, all);
  // a drafted entity is the curated one by its own name, aliases or written form, not by its
  // acronym alone ("Elena Moretti, Scientific Officer, European Medicines Agency (EMA)" is not EMA)
  const acronym = d.fields.acronym ? fold(String(d.fields.acronym)) : undefined;
  const own = [...d.spellings].filter((s) => s !== acronym || s === fold(d.name));
  const shared = all.filter((c) => own.some((s) => c.spellings.has(s)));
  return (shared.find((c) => c.kind === d.kind) ?? shared[0])?.id;
}

export function mapEntities(draft: SeedView, curated: SeedView): EntityMap {
  const map = new Map<string, string | undefined>();
  for (const d of draft.entities.values()) map.set(d.id, match(d, curated));
  map.set(draft.sourceId, curated.sourceId);
  return map;
}
