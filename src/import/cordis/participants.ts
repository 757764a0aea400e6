import type { Located } from '../pipeline/adapter.js';
import { countryName, entryLine } from './dataset.js';
import type { CordisParticipation, CordisProject } from './project-record.js';

/** What a release says about one organisation (one PIC): its names and its registered facts. */
export interface Participant {
  readonly pic: string;
  /** Legal names, the most used first; then short names. */
  readonly names: string[];
  readonly legalNames: Map<string, number>;
  readonly shortNames: Set<string>;
  /** Per release document: the first entry:line that names it, and each spelling's first one. */
  readonly mentions: Map<string, Map<string, string>>;
  /** Per release document: each property's values and how often the release gives them. */
  readonly facts: Map<string, Map<string, Map<string | boolean, number>>>;
  projects: number;
}

/** Every organisation of the records, by PIC: the only state that grows with the number of PICs. */
export function collectParticipants(
  records: readonly Located<CordisProject>[],
): Map<string, Participant> {
  const byPic = new Map<string, Participant>();
  for (const { record, doc } of records)
    for (const p of record.participations) {
      let o = byPic.get(p.pic);
      if (!o)
        byPic.set(
          p.pic,
          (o = {
            pic: p.pic,
            names: [],
            legalNames: new Map(),
            shortNames: new Set(),
            mentions: new Map(),
            facts: new Map(),
            projects: 0,
          }),
        );
      o.projects++;
      o.legalNames.set(p.legalName, (o.legalNames.get(p.legalName) ?? 0) + 1);
      if (p.shortName && p.shortName !== p.legalName) o.shortNames.add(p.shortName);
      const at = entryLine(record.where, p.line);
      const mentions = mapOf(o.mentions, doc.id);
      for (const s of [p.legalName, p.shortName]) if (s && !mentions.has(s)) mentions.set(s, at);
      const facts = mapOf(o.facts, doc.id);
      for (const [k, v] of Object.entries(registered(p)))
        if (v !== undefined) {
          const counts = mapOf(facts, k);
          counts.set(v, (counts.get(v) ?? 0) + 1);
        }
    }
  for (const o of byPic.values())
    o.names.push(...mostUsedFirst(o.legalNames), ...[...o.shortNames].sort());
  return byPic;
}

/** The registered facts a participation repeats about its organisation. */
function registered(p: CordisParticipation): Record<string, string | boolean | undefined> {
  return {
    pic: p.pic,
    vat: p.vat,
    city: p.city,
    country: p.country ? countryName(p.country) : undefined,
    url: p.url && /^https?:\/\//i.test(p.url) ? p.url : undefined,
    activityType: p.activityType,
    sme: p.sme,
  };
}

/** The values a release gives an organisation: per property, the one it gives most often. */
export function factsOf(o: Participant, doc: string): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const [k, counts] of o.facts.get(doc) ?? []) out[k] = mostUsedFirst(counts)[0]!;
  return out;
}

/** Keys by count, most first; ties by value, so the order does not depend on the files'. */
function mostUsedFirst<K extends string | boolean>(counts: ReadonlyMap<K, number>): K[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
    .map(([k]) => k);
}

function mapOf<K, V extends Map<unknown, unknown>>(map: Map<K, V>, key: K): V {
  let inner = map.get(key);
  if (!inner) map.set(key, (inner = new Map() as V));
  return inner;
}
