/**
 * One article's draft scored against its expected seed file, per item type (issue 22): people,
 * organisations, affiliations (and titles), events, documents, quantities, quoted statements.
 */
import { mapEntities } from './entity-map.js';
import { scoreDraft, type Measure } from './score.js';
import type { SeedView, ViewEntity } from './seed-view.js';

export const ITEM_TYPES = [
  'people',
  'organisations',
  'affiliations',
  'events',
  'documents',
  'quantities',
  'quotedStatements',
] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export interface ArticleScore {
  readonly items: Record<ItemType, Measure>;
  readonly titlesExact: number;
  readonly invented: string[];
}

const count = (found: number, curated: number, right: number, drafted: number): Measure => ({
  found,
  curated,
  right,
  drafted,
  missed: [],
  extra: [],
});

/** Entities of one kind, drafted → curated via the benchmark's entity map. */
function kindMeasure(draft: SeedView, curated: SeedView, kind: string): Measure {
  const map = mapEntities(draft, curated);
  const c = [...curated.entities.values()].filter((e) => e.kind === kind && e.declared);
  const d = [...draft.entities.values()].filter((e) => e.kind === kind && e.declared);
  const hit = new Set(d.map((e) => map.get(e.id)).filter((id) => c.some((x) => x.id === id)));
  const right = d.filter((e) => c.some((x) => x.id === map.get(e.id))).length;
  return {
    ...count(hit.size, c.length, right, d.length),
    missed: c.filter((e) => !hit.has(e.id)).map((e) => e.name),
    extra: d.filter((e) => !c.some((x) => x.id === map.get(e.id))).map((e) => e.name),
  };
}

const figures = (view: SeedView): string[] =>
  [...view.entities.values()].flatMap((e: ViewEntity) =>
    ((e.fields.quantities as { value: number; qualifier?: string }[] | undefined) ?? []).map(
      (q) => `${q.value}${q.qualifier ? ` (${q.qualifier})` : ''}`,
    ),
  );

/** Figures by value (the qualifier shown): a drafted figure is right when the file has its value. */
function quantityMeasure(draft: SeedView, curated: SeedView): Measure {
  const c = figures(curated);
  const d = figures(draft);
  const value = (s: string) => s.split(' ')[0]!;
  const cv = new Set(c.map(value));
  const dv = new Set(d.map(value));
  return {
    ...count(
      c.filter((x) => dv.has(value(x))).length,
      c.length,
      d.filter((x) => cv.has(value(x))).length,
      d.length,
    ),
    missed: c.filter((x) => !dv.has(value(x))),
    extra: d.filter((x) => !cv.has(value(x))),
  };
}

export function scoreArticle(draft: SeedView, curated: SeedView): ArticleScore {
  const s = scoreDraft(draft, curated);
  return {
    items: {
      people: s.people,
      organisations: s.organisations,
      affiliations: s.affiliations,
      events: kindMeasure(draft, curated, 'event'),
      documents: kindMeasure(draft, curated, 'doc'),
      quantities: quantityMeasure(draft, curated),
      quotedStatements: s.quotedStatements,
    },
    titlesExact: s.affiliations.titlesExact,
    invented: s.invented,
  };
}

/** Sums of found/curated and right/drafted over articles. */
export function total(scores: readonly ArticleScore[], type: ItemType): Measure {
  const sum = (f: (m: Measure) => number) => scores.reduce((n, s) => n + f(s.items[type]), 0);
  return count(
    sum((m) => m.found),
    sum((m) => m.curated),
    sum((m) => m.right),
    sum((m) => m.drafted),
  );
}

export const pct = (a: number, b: number): string => (b ? `${Math.round((100 * a) / b)}%` : '–');
