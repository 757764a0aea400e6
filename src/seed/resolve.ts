import { normalizeName } from './fuzzy.js';
import { issue, SeedIssueCode, type SeedIssue } from './issues.js';
import { mergeProps } from './merge-props.js';
import { ENDPOINTS, IDENTITY_PROPS } from './model/relationship-types.js';
import { NameIndex, type NamedEntity } from './name-index.js';
import { resolveReference, type Resolution } from './reference.js';
import { relKey, type NodeRow, type RelRow, type ResolvedLoad } from './resolved.js';
import type { Props, ValidEntity, ValidSeed } from './validated.js';
import { LABELS } from './model/labels.js';

interface Draft {
  row: NodeRow;
  origin: Map<string, string>;
}

/**
 * Turns validated files into the nodes and relationships they state: merges each entity stated by
 * several files, resolves every reference, checks endpoint labels, and adds MENTIONED_IN provenance.
 */
export function resolveSeeds(
  seeds: readonly ValidSeed[],
  known: readonly NamedEntity[],
): ResolvedLoad {
  const issues: SeedIssue[] = [];
  const index = new NameIndex();
  const knownIds = new Set<string>();
  for (const entity of known) {
    index.add(entity);
    knownIds.add(entity.id);
  }
  const drafts = new Map<string, Draft>();
  const declare = (e: ValidEntity): void => {
    const spellings = e.asWritten ? [...e.aliases, e.asWritten] : [...e.aliases];
    const draft = drafts.get(e.id);
    if (draft) {
      mergeProps(
        draft.row.props,
        draft.origin,
        e.props,
        { file: e.file, posOf: e.posOf, what: e.id },
        issues,
      );
      addAliases(draft.row, spellings);
    } else {
      const row: NodeRow = { id: e.id, label: e.label, props: { ...e.props }, aliases: [] };
      addAliases(row, spellings);
      drafts.set(e.id, { row, origin: new Map(Object.keys(e.props).map((k) => [k, e.file])) });
    }
    const name = String(drafts.get(e.id)!.row.props.name);
    index.add({ id: e.id, label: e.label, name, aliases: [] }, spellings);
  };
  for (const seed of seeds) [seed.source, ...seed.entities].forEach(declare);
  warnPossibleDuplicates(seeds, drafts, index, knownIds, issues);

  const rels = new Map<string, RelRow & { origin: Map<string, string> }>();
  const addRel = (row: RelRow, where: Parameters<typeof mergeProps>[3]): void => {
    const key = relKey(row);
    const prior = rels.get(key);
    if (!prior) {
      rels.set(key, {
        ...row,
        props: { ...row.props },
        origin: new Map(Object.keys(row.props).map((k) => [k, where.file])),
      });
      return;
    }
    mergeProps(prior.props, prior.origin, row.props, where, issues);
    for (const s of row.sources) if (!prior.sources.includes(s)) prior.sources.push(s);
  };
  const mention = (seed: ValidSeed, target: Resolution | undefined, extra: Props = {}): void => {
    if (!target || target.id === seed.sourceId) return;
    const props: Props = { ...extra, ...(target.asWritten ? { asWritten: target.asWritten } : {}) };
    if (target.asWritten) addAliases(drafts.get(target.id)?.row, [target.asWritten]);
    addRel(
      {
        type: 'MENTIONED_IN',
        from: target.id,
        to: seed.sourceId,
        identity: {},
        props,
        sources: [seed.sourceId],
      },
      {
        file: seed.file,
        posOf: () => ({ line: 1, col: 1 }),
        what: 'MENTIONED_IN',
      },
    );
  };

  for (const seed of seeds) {
    for (const e of seed.entities) {
      const extra: Props = {
        ...(e.asWritten ? { asWritten: e.asWritten } : {}),
        ...(e.quote ? { quote: e.quote } : {}),
      };
      mention(seed, { id: e.id, label: e.label }, extra);
    }
    for (const rel of seed.relationships) {
      const ends = ENDPOINTS[rel.type];
      const from = resolveReference(
        rel.from,
        ends.from,
        index,
        seed.file,
        () => rel.fromPos,
        issues,
      );
      const to = resolveReference(rel.to, ends.to, index, seed.file, () => rel.toPos, issues);
      if (!from || !to) continue;
      let fits = true;
      for (const [end, r, allowed, at] of [
        ['from', from, ends.from, () => rel.fromPos],
        ['to', to, ends.to, () => rel.toPos],
      ] as const) {
        if (!(allowed as readonly string[]).includes(r.label)) {
          fits = false;
          const msg = `${rel.type} cannot ${end === 'from' ? 'start at' : 'end at'} ${r.label} ${r.id}: it goes from ${ends.from.join('|')} to ${ends.to.join('|')}`;
          issues.push(issue(seed.file, at(), SeedIssueCode.WRONG_ENDPOINT, msg));
        }
      }
      if (!fits) continue;
      mention(seed, from);
      mention(seed, to);
      const identity: Props = {};
      const props: Props = {};
      for (const [k, v] of Object.entries(rel.props))
        ((IDENTITY_PROPS[rel.type] ?? []).includes(k) ? identity : props)[k] = v;
      addRel(
        { type: rel.type, from: from.id, to: to.id, identity, props, sources: [seed.sourceId] },
        {
          file: seed.file,
          posOf: () => rel.pos,
          what: `${rel.type} ${from.id} → ${to.id}`,
        },
      );
    }
    for (const m of seed.mentions) {
      const target = resolveReference(m.ref, LABELS, index, seed.file, () => m.pos, issues);
      const asWritten = m.asWritten ?? target?.asWritten;
      if (target)
        mention(
          seed,
          { ...target, ...(asWritten ? { asWritten } : {}) },
          m.quote ? { quote: m.quote } : {},
        );
    }
  }
  const nodes = [...drafts.values()].map((d) => d.row);
  for (const node of nodes)
    node.aliases.splice(
      0,
      node.aliases.length,
      ...node.aliases.filter((a) => a !== node.props.name),
    );
  const relationships = [...rels.values()].map(({ origin: _origin, ...row }) => row);
  return { nodes, relationships, issues };
}

function addAliases(row: NodeRow | undefined, spellings: readonly string[]): void {
  if (!row) return;
  for (const s of spellings) if (!row.aliases.includes(s)) row.aliases.push(s);
}

/** Labels whose names identify them; statement labels and document titles are not checked. */
const DUPLICATE_CHECKED = new Set([
  'Person',
  'Organisation',
  'Initiative',
  'Project',
  'Event',
  'Topic',
]);

/** Bulk loads (generated data) can have thousands; the first ones make the point. */
const MAX_DUPLICATE_WARNINGS = 50;

function warnPossibleDuplicates(
  seeds: readonly ValidSeed[],
  drafts: Map<string, Draft>,
  index: NameIndex,
  knownIds: Set<string>,
  issues: SeedIssue[],
): void {
  const reported = new Set<string>();
  for (const seed of seeds) {
    for (const e of seed.entities) {
      if (knownIds.has(e.id) || reported.has(e.id) || !DUPLICATE_CHECKED.has(e.label)) continue;
      const name = String(drafts.get(e.id)!.row.props.name);
      const same = index
        .exact(name)
        .filter((id) => id !== e.id && index.get(id)?.label === e.label);
      const close = index.close(name, [e.label], e.id, false).filter((c) => !same.includes(c.id));
      const other = same[0] ? { id: same[0], distance: 0 } : close[0];
      if (!other || reported.has(other.id) || normalizeName(name) === '') continue;
      reported.add(e.id);
      if (reported.size > MAX_DUPLICATE_WARNINGS) continue;
      const msg = `'${name}' (${e.id}) looks like ${other.id} (distance ${other.distance}): the same ${e.label}? Use one id, or keep both if they differ`;
      issues.push(issue(seed.file, e.posOf('name'), SeedIssueCode.POSSIBLE_DUPLICATE, msg));
    }
  }
  const unlisted = reported.size - MAX_DUPLICATE_WARNINGS;
  if (unlisted > 0 && seeds[0]) {
    const msg = `… and ${unlisted} more possible duplicates, not listed (each costs a look-up of its line)`;
    issues.push(issue(seeds[0].file, { line: 1, col: 1 }, SeedIssueCode.POSSIBLE_DUPLICATE, msg));
  }
}
