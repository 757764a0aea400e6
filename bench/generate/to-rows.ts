import { IDENTITY_PROPS, type RelationshipType } from '../../src/model/relationship-types.js';
import {
  relKey,
  type NodeRow,
  type RelRow,
  type ResolvedLoad,
} from '../../src/seed/resolve/resolved-load.js';
import type { Shard } from './shard.js';

/**
 * The rows the resolver would produce for one seed file (its source Document, the entities it
 * declares, its facts, and MENTIONED_IN provenance for everything it declares or refers to) —
 * built straight from the generator, skipping YAML, for sizes the YAML path cannot load in time.
 */
export function shardRows(shard: Shard): ResolvedLoad {
  const src = shard.source.id;
  const nodes: NodeRow[] = [
    {
      id: src,
      label: 'Document',
      props: {
        name: shard.source.name,
        kind: 'REPORT',
        publisher: 'policy-graph bench',
        url: shard.source.url,
        published: shard.source.published,
      },
      aliases: [],
    },
  ];
  const relationships: RelRow[] = [];
  const mentioned = new Set<string>();
  const mention = (id: string): void => {
    if (id === src || mentioned.has(id)) return;
    mentioned.add(id);
    relationships.push({
      type: 'MENTIONED_IN',
      from: id,
      to: src,
      identity: {},
      props: {},
      sources: [src],
    });
  };
  for (const e of shard.entities) {
    nodes.push({ id: e.id, label: e.label, props: { ...e.props }, aliases: e.aliases ?? [] });
    mention(e.id);
  }
  const seen = new Set<string>();
  for (const r of shard.rels) {
    mention(r.from);
    mention(r.to);
    const identity: Record<string, string | number | boolean> = {};
    const props: Record<string, string | number | boolean> = {};
    const keys = IDENTITY_PROPS[r.type as RelationshipType] ?? [];
    for (const [k, v] of Object.entries(r.props)) (keys.includes(k) ? identity : props)[k] = v;
    const row: RelRow = { type: r.type, from: r.from, to: r.to, identity, props, sources: [src] };
    const key = relKey(row);
    if (seen.has(key)) continue;
    seen.add(key);
    relationships.push(row);
  }
  return { nodes, relationships, issues: [] };
}
