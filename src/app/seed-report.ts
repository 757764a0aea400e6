import { formatIssue, type SeedIssue } from '../seed/issues.js';
import { totals, type Counts, type Plan } from '../seed/plan/plan.js';
import type { Output } from './output.js';

/** Prints problems as `file:line:col CODE message`, errors first. */
export function printIssues(issues: readonly SeedIssue[], out: Output): void {
  const sorted = [...issues].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  for (const i of sorted) out.say(formatIssue(i));
}

const row = (name: string, c: Counts): string =>
  `  ${name.padEnd(18)} ${String(c.created).padStart(8)} ${String(c.updated).padStart(8)} ${String(c.unchanged).padStart(10)}`;

/** created / updated / unchanged per label and relationship type, then the totals. */
export function printPlanSummary(
  plans: readonly Plan[],
  dryRun: boolean,
  out: Output,
  listUpdates = 50,
): void {
  const nodes = merge(plans.map((p) => p.nodes));
  const rels = merge(plans.map((p) => p.relationships));
  out.print(
    `${'nodes'.padEnd(20)} ${'created'.padStart(8)} ${'updated'.padStart(8)} ${'unchanged'.padStart(10)}`,
  );
  for (const [label, c] of Object.entries(nodes).sort()) out.print(row(label, c));
  out.print('relationships');
  for (const [type, c] of Object.entries(rels).sort()) out.print(row(type, c));
  const updates = plans.flatMap((p) => p.updates);
  if (dryRun && updates.length) {
    out.print(
      `updates${updates.length > listUpdates ? ` (first ${listUpdates} of ${updates.length})` : ''}:`,
    );
    for (const u of updates.slice(0, listUpdates)) {
      const parts = [
        u.properties.length ? `set ${u.properties.join(', ')}` : '',
        u.addedSources.length ? `add source ${u.addedSources.join(', ')}` : '',
      ].filter(Boolean);
      out.print(`  ${u.what}: ${parts.join('; ')}`);
    }
  }
  const n = totals(nodes);
  const r = totals(rels);
  out.print(
    `${dryRun ? 'would be ' : ''}created ${n.created + r.created}, updated ${n.updated + r.updated}, unchanged ${n.unchanged + r.unchanged}` +
      ` (nodes ${n.created}/${n.updated}/${n.unchanged}, relationships ${r.created}/${r.updated}/${r.unchanged})`,
  );
}

function merge(groups: Record<string, Counts>[]): Record<string, Counts> {
  const out: Record<string, Counts> = {};
  for (const g of groups) {
    for (const [k, c] of Object.entries(g)) {
      const t = (out[k] ??= { created: 0, updated: 0, unchanged: 0 });
      t.created += c.created;
      t.updated += c.updated;
      t.unchanged += c.unchanged;
    }
  }
  return out;
}
