import type { Plan } from '../src/seed/plan/plan.js';
import type { ResolvedLoad } from '../src/seed/resolve/resolved-load.js';
import { toNeo4j } from '../src/model/neo4j-values.js';

/**
 * The plan `planLoad` returns for rows that are all new (an empty graph): every node and every
 * relationship a create, with the same property conversion. Skips planLoad's read pass, for the
 * bulk load of sizes the time box cannot afford otherwise.
 */
export function createOnlyPlan(load: ResolvedLoad): Plan {
  return {
    issues: [],
    nodes: {},
    relationships: {},
    updates: [],
    nodeWrites: load.nodes.map((row) => ({
      id: row.id,
      label: row.label,
      created: true,
      props: toNeo4j({
        ...row.props,
        ...(row.label === 'Document' ? { title: row.props.name } : {}),
        aliases: row.aliases,
      }),
    })),
    relCreates: load.relationships.map((row) => ({
      type: row.type,
      from: row.from,
      to: row.to,
      props: toNeo4j({ ...row.identity, ...row.props, sources: row.sources }),
    })),
    relUpdates: [],
  };
}
