/**
 * "Scientific Opinion No. 19: Virtual human twins in healthcare: from promise to practice": a
 * series' number before the title. The document is named by its title; the number is its alias.
 */
import type { DraftBuilder } from './draft-builder.js';
import type { NamedWork } from './documents.js';

const NUMBERED_PREFIX =
  /^((?:\p{Lu}[\p{L}-]*[ \t]+){1,4}No\.?[ \t]*\d+(?:[/.-]\d+)*)[ \t]*:[ \t]+(\S[^\n]{8,})$/u;

/** Parts of a larger work, not a series: "Deliverable No. 5", "Annex No. 4". */
const PART =
  /^(?:Deliverable|Annex|Annexe|Appendix|Chapter|Section|Part|Item|Work Package|Issue|Volume|Vol)\b/i;

export function withoutNumberedPrefixes(works: NamedWork[], builder: DraftBuilder): NamedWork[] {
  const titleOf = (w: NamedWork) => NUMBERED_PREFIX.exec(w.entity.name)?.[2]?.trim();
  const titles = works.map(titleOf);
  return works.map((w, k) => {
    const m = NUMBERED_PREFIX.exec(w.entity.name);
    if (!m || w.entity.known || PART.test(m[1]!)) return w;
    if (titles.filter((t) => t === titles[k]).length > 1) return w;
    const fields = { ...w.entity.fields, aliases: [m[1]!] };
    return { ...w, entity: builder.rename(w.entity, m[2]!.trim(), fields) };
  });
}
