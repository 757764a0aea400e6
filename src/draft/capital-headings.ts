import type { DraftBuilder, DraftEntity } from './draft-builder.js';
import type { NamedWork } from './documents.js';
import { foldedWords } from './tokens.js';

/** A heading's words that say what is new about the work, not which work it is. */
const HEADING_ONLY = /^(?:draft|results?|attached|new|final|update|updated)$/;

/**
 * "3) DRAFT LISBON DECLARATION" over a paragraph that names the "Lisbon Declaration on Trustworthy
 * Secondary Use …", "READINESS SURVEY RESULTS" over "the HDAB-Net Readiness Survey 2025": a
 * heading in capitals names a work the text names in ordinary case; it is that work, not another.
 */
export function withoutCapitalHeadings(works: NamedWork[], builder: DraftBuilder): NamedWork[] {
  const ordinary = works.filter((w) => /\p{Ll}/u.test(w.entity.name));
  const kept = works.filter((w) => {
    if (/\p{Ll}/u.test(w.entity.name)) return true;
    const words = foldedWords(w.entity.name).filter((x) => !HEADING_ONLY.test(x));
    const named = ordinary.some((o) => {
      const own = new Set(foldedWords(o.entity.name));
      return words.length > 0 && words.every((x) => own.has(x));
    });
    if (named) builder.drop(w.entity);
    return !named;
  });
  if (kept.length === works.length) return kept;
  // (the heading took the work's id first: "ai-act-guidelines-2" gets its own back)
  const renamed = new Map<DraftEntity, DraftEntity>();
  const own = (e: DraftEntity) =>
    renamed.get(e) ?? renamed.set(e, builder.rename(e, e.name, e.fields)).get(e)!;
  return kept.map((w) => (/-\d+$/.test(w.entity.id) ? { ...w, entity: own(w.entity) } : w));
}
