import { mergeProps } from './merge-props.js';
import { relKey, type RelRow } from './resolved-load.js';
import type { ResolveState } from './resolve-state.js';

/** Adds a relationship, or merges it into the same one stated before (sources united). */
export function addRelationship(
  state: ResolveState,
  row: RelRow,
  where: Parameters<typeof mergeProps>[3],
): void {
  const key = relKey(row);
  const prior = state.rels.get(key);
  if (!prior) {
    const origin = new Map(Object.keys(row.props).map((k) => [k, where.file]));
    state.rels.set(key, { ...row, props: { ...row.props }, origin });
    return;
  }
  mergeProps(prior.props, prior.origin, row.props, where, state.issues);
  for (const s of row.sources) if (!prior.sources.includes(s)) prior.sources.push(s);
}
