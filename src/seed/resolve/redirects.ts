import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { cypherFile } from '../../neo4j/cypher-file.js';
import { eachRecord } from '../../neo4j/each-record.js';
import { batches } from '../batches.js';
import { issue, SeedIssueCode, type Position, type SeedIssue } from '../issues.js';
import type { ValidEntity, ValidSeed } from '../validate/valid-seed.js';
import { probesOf } from './probes.js';

const BATCH = 5_000;

/** Old id → the id of the entity it was merged into (`policy-graph merge`). */
export type Redirects = ReadonlyMap<string, string>;

/** The redirects among the ids the files declare or reference, read in the load's transaction. */
export async function readRedirects(
  tx: Transaction | ManagedTransaction,
  seeds: readonly ValidSeed[],
): Promise<Redirects> {
  const redirects = new Map<string, string>();
  for (const ids of batches(probesOf(seeds).ids, BATCH)) {
    await eachRecord(tx, cypherFile('seed/redirects.cypher'), { ids }, (r) =>
      redirects.set(r.get('id') as string, r.get('target') as string),
    );
  }
  return redirects;
}

/**
 * The files as if they used the kept ids: a reference to a merged-away id refers to the entity it
 * was merged into, and a declaration of it becomes a patch of that entity (its name an alias, so
 * the kept entity keeps its name). Each is a REDIRECTED warning naming both ids, so a curator can
 * update the file; the merged-away entity is never created again.
 */
export function followRedirects(
  seeds: readonly ValidSeed[],
  redirects: Redirects,
): { seeds: ValidSeed[]; issues: SeedIssue[] } {
  if (redirects.size === 0) return { seeds: [...seeds], issues: [] };
  const issues: SeedIssue[] = [];
  const to = (file: string, ref: string, at: () => Position): string => {
    const target = redirects.get(ref);
    if (target === undefined) return ref;
    const msg = `'${ref}' was merged into '${target}' (a redirect): read as '${target}' — use that id`;
    issues.push(issue(file, at(), SeedIssueCode.REDIRECTED, msg));
    return target;
  };
  const entity = (e: ValidEntity): ValidEntity => {
    const id = to(e.file, e.id, () => e.at.pos);
    if (id === e.id) return e;
    const { name, title: _title, ...props } = e.props;
    const aliases = name !== undefined ? [...e.aliases, String(name)] : e.aliases;
    return { ...e, id, props, aliases };
  };
  const out = seeds.map((seed) => {
    const source = entity(seed.source);
    return {
      ...seed,
      source,
      sourceId: source.id,
      entities: seed.entities.map(entity),
      patches: seed.patches.map((p) => ({ ...p, ref: to(p.file, p.ref, () => p.at.of('ref')) })),
      relationships: seed.relationships.map((r) => ({
        ...r,
        from: to(r.file, r.from, () => r.at.of('from')),
        to: to(r.file, r.to, () => r.at.of('to')),
      })),
      mentions: seed.mentions.map((m) => ({ ...m, ref: to(m.file, m.ref, () => m.at.pos) })),
    };
  });
  return { seeds: out, issues };
}
