import { toPlain } from '../../model/neo4j-values.js';
import type { RunInTx } from '../pipeline/counts.js';
import { restateFacts } from '../pipeline/restate-facts.js';
import { partition } from './partition.js';
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
  const projects = [...new Set(rows.map((r) => r.id))];
  // The projects' own relationships are all read by project; other ends (a programme part and
  // the part it belongs to) by key.
  const own = new Set(projects);
  const keys = rows.flatMap((r) =>
    r.rels
      .filter(({ from, to }) => !own.has(from) && !own.has(to))
      .map(({ type, from, to }) => ({ type, from, to })),
  );
  const rels = new Map<string, RelState>();
  for (const rec of await run('import/cordis/read-relationships.cypher', { projects, keys })) {
    const state = {
      type: rec.get('type'),
      from: rec.get('from'),
      to: rec.get('to'),
      props: rec.get('props'),
    };
    rels.set(relKey(state), state);
  }
  const existed = new Set(rels.keys());
  const nodeWrites = new Map<string, Props>();
  const relWrites = new Map<string, RelState>();
  for (const row of rows) {
    for (const n of row.nodes) {
      const changed = restateFacts(nodes.get(n.id) ?? {}, n.facts, row.doc, row.asOf);
      if (n.id === row.id) Object.assign(changed, newerRelease(nodes.get(n.id) ?? {}, row));
      if (!Object.keys(changed).length) continue;
      nodes.set(n.id, { ...nodes.get(n.id), ...changed });
      nodeWrites.set(n.id, { ...nodeWrites.get(n.id), ...changed });
    }
    const newest = newestRelease(nodes.get(row.id)!);
    const listed = new Set(row.rels.map(relKey));
    for (const r of row.rels)
      change(rels, relWrites, r, stated(rels.get(relKey(r))?.props ?? {}, r, row, newest));
    for (const [key, state] of rels)
      if (
        !listed.has(key) &&
        ENDED_WHEN_UNLISTED.has(state.type) &&
        [state.from, state.to].includes(row.id)
      )
        change(rels, relWrites, state, dropped(state.props, newest));
  }
  if (nodeWrites.size)
    await run('import/cordis/write-nodes.cypher', {
      rows: [...nodeWrites].map(([id, props]) => ({ id, props })),
    });
  const [created, updated] = partition([...relWrites], ([key]) => !existed.has(key));
  if (created.length)
    await run('import/cordis/create-relationships.cypher', { rows: created.map(([, r]) => r) });
  if (updated.length)
    await run('import/cordis/write-relationships.cypher', { rows: updated.map(([, r]) => r) });
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

interface Release {
  readonly by: string;
  readonly asOf: string;
}

/** The project's newest release (`asOf`, `releasedBy`): set when this row's is newer. */
function newerRelease(project: Props, row: ProjectWrite): Props {
  const asOf = project.asOf ? String(project.asOf) : '';
  return asOf >= row.asOf ? {} : { asOf: row.asOf, releasedBy: row.doc };
}

const newestRelease = (project: Props): Release => ({
  by: String(project.releasedBy),
  asOf: String(project.asOf),
});

/**
 * A relationship a release lists: its facts restated, the release and its lines added, `asOf`
 * the newest release that lists it, and whether the project's newest release still does.
 */
function stated(props: Props, r: RelFacts, row: ProjectWrite, newest: Release): Props {
  const changed = restateFacts(props, r.facts, row.doc, row.asOf);
  const sources = strings(props.sources);
  const lines = strings(props.lines);
  if (!sources.includes(row.doc)) changed.sources = [...sources, row.doc];
  const added = r.lines.filter((l) => !lines.includes(l));
  if (added.length) changed.lines = [...lines, ...added];
  if (!props.asOf || String(props.asOf) < row.asOf) changed.asOf = row.asOf;
  return { ...changed, ...dropped({ ...props, ...changed }, newest) };
}

/**
 * The rule, whatever the order releases come in: a dataset relationship is dropped by the
 * project's newest release when that release does not list it (it is older than the release),
 * and current otherwise. Curated relationships (no `asOf`) are never dropped.
 */
function dropped(props: Props, newest: Release): Props {
  if (!props.asOf) return {};
  const want =
    String(props.asOf) < newest.asOf
      ? { droppedBy: newest.by, droppedAsOf: newest.asOf }
      : { droppedBy: null, droppedAsOf: null };
  return (props.droppedBy ?? null) === want.droppedBy ? {} : want;
}

const strings = (v: unknown): string[] => ((toPlain(v) as string[] | null) ?? []).map(String);
