import { editDistance } from '../../model/names/edit-distance.js';
import { issue, SeedIssueCode, type Position, type SeedIssue } from '../issues.js';
import type { Label } from '../../model/labels.js';
import { labelOfId, looksLikeId } from '../../model/labels.js';
import type { NameIndex } from '../../identity/name-index.js';

export interface ReferenceResolution {
  readonly id: string;
  readonly label: Label;
  /** The spelling used when it was a name rather than an id (kept as alias / asWritten). */
  readonly asWritten?: string;
}

/**
 * id → exact name or alias (case/accent-insensitive) → close spelling (a warning naming the
 * candidate). Ambiguity and no match are errors; nothing is merged or created silently.
 */
export function resolveReference(
  ref: string,
  allowed: readonly Label[],
  index: NameIndex,
  file: string,
  at: () => Position,
  issues: SeedIssue[],
): ReferenceResolution | undefined {
  if (looksLikeId(ref)) {
    const known = index.get(ref);
    if (known) return { id: known.id, label: known.label };
    const label = labelOfId(ref);
    const hint = label ? nearestId(ref, index, label) : undefined;
    const msg = `no entity has the id '${ref}'${hint ? ` (did you mean ${hint}?)` : ''}`;
    issues.push(issue(file, at(), SeedIssueCode.UNKNOWN_REFERENCE, msg));
    return undefined;
  }
  const exact = index.exact(ref).map((id) => index.get(id)!);
  const fitting = exact.filter((e) => allowed.includes(e.label));
  const pool = fitting.length ? fitting : exact;
  if (pool.length === 1) {
    const e = pool[0]!;
    return { id: e.id, label: e.label, ...(ref !== e.name ? { asWritten: ref } : {}) };
  }
  if (pool.length > 1) {
    const msg = `'${ref}' matches ${pool.map((e) => e.id).join(', ')}: use the id`;
    issues.push(issue(file, at(), SeedIssueCode.AMBIGUOUS_REFERENCE, msg));
    return undefined;
  }
  const close = index.close(ref, allowed);
  const best = close[0];
  if (!best) {
    const msg = `'${ref}' matches no id, name or alias (of ${allowed.join(', ')}); declare it in entities or fix the spelling`;
    issues.push(issue(file, at(), SeedIssueCode.UNKNOWN_REFERENCE, msg));
    return undefined;
  }
  const ties = close.filter((c) => c.distance === best.distance);
  if (ties.length > 1) {
    const msg = `'${ref}' is as close to ${ties.map((c) => `${c.id} ('${c.spelling}')`).join(' as to ')}: use the id`;
    issues.push(issue(file, at(), SeedIssueCode.AMBIGUOUS_REFERENCE, msg));
    return undefined;
  }
  const msg = `'${ref}' looks like ${best.id} '${best.spelling}' (distance ${best.distance}); resolved to it and kept as an alias — use the id to silence this`;
  issues.push(issue(file, at(), SeedIssueCode.CLOSE_MATCH, msg));
  return { id: best.id, label: best.label, asWritten: ref };
}

function nearestId(ref: string, index: NameIndex, label: Label): string | undefined {
  const slug = ref.slice(ref.indexOf(':') + 1);
  let best: { id: string; d: number } | undefined;
  for (const id of index.idsOf(label)) {
    const d = editDistance(slug, id.slice(id.indexOf(':') + 1), 3);
    if (d <= 3 && (!best || d < best.d)) best = { id, d };
  }
  return best?.id;
}
