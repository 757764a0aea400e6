import type { SeedIssue } from '../issues.js';

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

/** One update, for the dry-run listing: which properties change, which sources are added. */
export interface UpdateDetail {
  readonly what: string;
  readonly properties: string[];
  readonly addedSources: string[];
}

export interface NodeWrite {
  readonly id: string;
  readonly label: string;
  readonly props: Record<string, unknown>;
  /** No node has this id yet (the plan read the graph under the seed lock): CREATE it. */
  readonly created?: boolean;
}

export interface RelCreate {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly props: Record<string, unknown>;
}

export interface RelUpdate {
  readonly type: string;
  readonly eid: string;
  readonly props: Record<string, unknown>;
}

/** The diff between what the files state and what the graph holds; `write` carries it out. */
export interface Plan {
  /** Conflicts with values already in the graph (warnings: both values are kept). */
  readonly issues: SeedIssue[];
  readonly nodes: Record<string, Counts>;
  readonly relationships: Record<string, Counts>;
  readonly updates: UpdateDetail[];
  readonly nodeWrites: NodeWrite[];
  readonly relCreates: RelCreate[];
  readonly relUpdates: RelUpdate[];
}

export const emptyCounts = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });

/** A plan with nothing to write yet. */
export const emptyPlan = (): Plan => ({
  issues: [],
  nodes: {},
  relationships: {},
  updates: [],
  nodeWrites: [],
  relCreates: [],
  relUpdates: [],
});

export function totals(groups: Record<string, Counts>): Counts {
  const t = emptyCounts();
  for (const c of Object.values(groups)) {
    t.created += c.created;
    t.updated += c.updated;
    t.unchanged += c.unchanged;
  }
  return t;
}

export const bump = (groups: Record<string, Counts>, key: string, field: keyof Counts): void => {
  (groups[key] ??= emptyCounts())[field]++;
};
