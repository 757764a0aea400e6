import type { Located } from '../pipeline/adapter.js';
import { entryLine } from './dataset.js';
import type { CordisProject } from './project-record.js';

/** A programme part (legal basis) or a call, as the release names it. */
export interface Programme {
  readonly code: string;
  name: string;
  readonly kind: 'PROGRAMME' | 'CALL';
  /** The part it belongs to (its nearest parent's code). */
  parent?: string;
  /** Per release document: the first entry:line that names it. */
  readonly mentions: Map<string, string>;
  projects: number;
}

/**
 * The framework programmes a release's codes end in, by name: the dataset's own vocabulary
 * (CORDIS writes HORIZON for Horizon Europe, H2020 for Horizon 2020).
 */
export const FRAMEWORKS: Readonly<Record<string, string>> = {
  HORIZON: 'Horizon Europe',
  H2020: 'Horizon 2020',
  FP7: 'Seventh Framework Programme',
};

/** Every programme part, its parents and every call the records name. */
export function collectProgrammes(
  records: readonly Located<CordisProject>[],
): Map<string, Programme> {
  const byCode = new Map<string, Programme>();
  const add = (code: string, kind: Programme['kind'], doc: string, at: string): Programme => {
    let p = byCode.get(code);
    if (!p)
      byCode.set(
        code,
        (p = { code, name: FRAMEWORKS[code] ?? code, kind, mentions: new Map(), projects: 0 }),
      );
    if (!p.mentions.has(doc)) p.mentions.set(doc, at);
    return p;
  };
  for (const { record, doc } of records) {
    const at = entryLine(record.where, record.line);
    for (const c of record.calls) add(c.code, 'CALL', doc.id, at).projects++;
    for (const part of record.programmes) {
      const p = add(part.code, 'PROGRAMME', doc.id, at);
      p.projects++;
      if (part.title && !FRAMEWORKS[part.code]) p.name = `${part.title} (${part.code})`;
      let child = p;
      for (const parent of part.parents ?? []) {
        child.parent ??= parent;
        child = add(parent, 'PROGRAMME', doc.id, at);
      }
    }
  }
  return byCode;
}
