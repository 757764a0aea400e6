import { toPlain } from '../../model/neo4j-values.js';
import type { RunInTx } from '../pipeline/counts.js';
import { restateFacts } from '../pipeline/restate-facts.js';
import { relKey, type ProjectWrite, type RelFacts } from './plan-project.js';

type Props = Record<string, unknown>;
interface RelState {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  props: Props;
}

/** Relationship types a release states per project, and ends when it no longer lists one. */
const ENDED_WHEN_UNLISTED = new Set(['PARTICIPATES_IN', 'COORDINATED_BY']);

/**
 * One batch of projects, in its transaction: reads what the graph holds about the entities and
 * relationships it states, applies each project's release in order (claims restated, a later
 * release's values shown, an earlier one's kept), and writes only what changes.
 */
export async function writeProjectBatch(
  run: RunInTx,
  rows: readonly ProjectWrite[],
): Promise<void> {
  const ids = [...new Set(rows.flatMap((r) => r.nodes.map((n) => n.id)))];
  const nodes = new Map<string, Props>();
  for (const rec of await run('import/cordis/read-nodes.cypher', { ids }))
    nodes.set(rec.get('id') as string, rec.get('props') as Props);
  const keys = rows.flatMap((r) => r.rels.map(({ type, from, to }) => ({ type, from, to })));
  const rels = new Map<string, RelState>();
  const projects = [...new Set(rows.map((r) => r.id))];
  for (const rec of await run('import/cordis/read-relationships.cypher', { projects, keys })) {
    const state = {
      type: rec.get('type'),
      from: rec.get('from'),
      to: rec.get('to'),
      props: rec.get('props'),
    };
    rels.set(relKey(state), state);
  }
  const nodeWrites = new Map<string, Props>();
  const relWrites = new Map<string, RelState>();
  for (const row of rows) {
    for (const n of row.nodes) {
      const changed = restateFacts(nodes.get(n.id) ?? {}, n.facts, row.doc, row.asOf);
      if (!Object.keys(changed).length) continue;
      nodes.set(n.id, { ...nodes.get(n.id), ...changed });
      nodeWrites.set(n.id, { ...nodeWrites.get(n.id), ...changed });
    }
    const listed = new Set(row.rels.map(relKey));
    for (const r of row.rels)
      change(rels, relWrites, r, stated(rels.get(relKey(r))?.props ?? {}, r, row));
    for (const [key, state] of rels)
      if (
        !listed.has(key) &&
        ENDED_WHEN_UNLISTED.has(state.type) &&
        [state.from, state.to].includes(row.id)
      )
        change(rels, relWrites, state, unlisted(state.props, row));
  }
  if (nodeWrites.size)
    await run('import/cordis/write-nodes.cypher', {
      rows: [...nodeWrites].map(([id, props]) => ({ id, props })),
    });
  if (relWrites.size)
    await run('import/cordis/write-relationships.cypher', { rows: [...relWrites.values()] });
}

function change(
  rels: Map<string, RelState>,
  writes: Map<string, RelState>,
  r: Pick<RelState, 'type' | 'from' | 'to'>,
  changed: Props,
) {
  const key = relKey(r as RelFacts);
  const known = rels.get(key);
  if (known && !Object.keys(changed).length) return;
  rels.set(key, { type: r.type, from: r.from, to: r.to, props: { ...known?.props, ...changed } });
  writes.set(key, {
    type: r.type,
    from: r.from,
    to: r.to,
    props: { ...writes.get(key)?.props, ...changed },
  });
}

/**
 * A relationship a release lists: its facts restated; the release and its lines added; `asOf`
 * the newest release that lists it; no longer dropped when this release is newer than the one
 * that dropped it.
 */
function stated(props: Props, r: RelFacts, row: ProjectWrite): Props {
  const changed = restateFacts(props, r.facts, row.doc, row.asOf);
  const sources = strings(props.sources);
  const lines = strings(props.lines);
  if (!sources.includes(row.doc)) changed.sources = [...sources, row.doc];
  const added = r.lines.filter((l) => !lines.includes(l));
  if (added.length) changed.lines = [...lines, ...added];
  if (!props.asOf || String(props.asOf) < row.asOf) changed.asOf = row.asOf;
  if (props.droppedBy && String(props.droppedAsOf ?? '') <= row.asOf)
    changed.droppedBy = changed.droppedAsOf = null;
  return changed;
}

/** A dataset relationship of the project a release does not list: ended, when it is the newest. */
function unlisted(props: Props, row: ProjectWrite): Props {
  const asOf = props.asOf ? String(props.asOf) : undefined;
  if (!asOf || asOf >= row.asOf) return {}; // curated, or listed by this or a later release
  if (props.droppedBy && String(props.droppedAsOf ?? '') <= row.asOf) return {}; // dropped earlier
  return { droppedBy: row.doc, droppedAsOf: row.asOf };
}

const strings = (v: unknown): string[] => ((toPlain(v) as string[] | null) ?? []).map(String);
