import type { Judgement } from '../../identity/judgements.js';
import type { KnownEntity } from '../../identity/known-entity.js';
import type { SpellingStats } from '../../identity/resolve-names.js';
import {
  resolveRecords,
  type NamedRecord,
  type RecordLink,
} from '../../identity/resolve-records.js';
import { suggestAcross } from '../../identity/suggest-across.js';
import type { Label } from '../../model/labels.js';
import { legalNameKey, normaliseText, organisationKey } from '../../model/names/normalise.js';
import type { DatasetResolution, Located } from '../pipeline/adapter.js';
import type { EntityCounts } from '../pipeline/entity-counts.js';
import { entryLine } from './dataset.js';
import { partition } from './partition.js';
import { collectParticipants, type Participant } from './participants.js';
import { collectProgrammes, FRAMEWORKS, type Programme } from './programmes.js';
import type { CordisProject } from './project-record.js';

/** A programme part or call with the entity it resolved to. */
export interface ProgrammeEntity {
  readonly id: string;
  readonly programme: Programme;
}

/** What planning a project needs: the entity ids of its PICs, grants and codes. */
export interface CordisContext {
  readonly orgs: ReadonlyMap<string, string>;
  readonly projects: ReadonlyMap<string, string>;
  readonly programmes: ReadonlyMap<string, ProgrammeEntity>;
  readonly participants: ReadonlyMap<string, Participant>;
  /** Entities whose registered facts a planned row already carries, per document. */
  readonly planned: Set<string>;
  readonly links: { readonly organisations: readonly RecordLink[] };
}

/**
 * One organisation per PIC (linked by a PIC a curated entity states, a judgement, or an exact
 * legal name), one project per grant number (linked by a grant number only: acronyms repeat),
 * one initiative per programme part and call (by code; the framework by its name); suggestions
 * between the release's organisations and projects and the rest of the graph.
 */
export function resolveRelease(
  records: readonly Located<CordisProject>[],
  known: readonly KnownEntity[],
  judgements: readonly Judgement[],
): DatasetResolution<CordisContext> {
  const ofLabel = (label: Label) => known.filter((k) => k.label === label);
  const participants = collectParticipants(records);
  const programmes = collectProgrammes(records);
  const projects = new Map(records.map(({ record }) => [record.grant, record]));

  const orgRecords = [...participants.values()].map((o) =>
    named(
      `pic:${o.pic}`,
      [...o.legalNames.keys()].sort(
        (a, b) => o.legalNames.get(b)! - o.legalNames.get(a)! || a.localeCompare(b),
      ),
    ),
  );
  const orgLinks = resolveRecords(
    orgRecords,
    ofLabel('Organisation'),
    judgements,
    legalNameKey,
    'org',
  );
  const projectRecords = [...projects.values()].map((p) =>
    named(`grant:${p.grant}`, [p.acronym ?? p.title]),
  );
  const projectLinks = resolveRecords(
    projectRecords,
    ofLabel('Project'),
    judgements,
    normaliseText,
    'project',
    false,
  );
  const [frameworks, parts] = partition([...programmes.values()], (p) => p.code in FRAMEWORKS);
  const programmeLinks = [
    ...resolveRecords(
      frameworks.map((p) => named(`code:${p.code}`, [p.name])),
      ofLabel('Initiative'),
      judgements,
      normaliseText,
      'initiative',
    ),
    ...resolveRecords(
      parts.map((p) => named(`code:${p.code}`, [p.code, p.name])),
      ofLabel('Initiative'),
      judgements,
      normaliseText,
      'initiative',
      false,
    ),
  ];
  const orgOf = new Map(orgLinks.map((l) => [refValue(l), l.id]));
  const projectOf = new Map(projectLinks.map((l) => [refValue(l), l.id]));
  const programmeOf = new Map(
    programmeLinks.map((l) => [refValue(l), { id: l.id, programme: programmes.get(refValue(l))! }]),
  );

  const orgEntities = orgLinks.map((l) => {
    const o = participants.get(refValue(l))!;
    return entity(l, [...o.names], o.projects);
  });
  const projectEntities = projectLinks.map((l) => {
    const p = projects.get(refValue(l))!;
    return entity(l, [...new Set([p.acronym ?? p.title, p.title])], 1);
  });
  const programmeEntities = programmeLinks.map((l) => {
    const p = programmes.get(refValue(l))!;
    return entity(l, [...new Set([p.name, p.code])], p.projects);
  });
  const orgMentions = mentionsOf(records, (r) =>
    r.participations.map((p) => [[p.legalName, p.shortName], entryLine(r.where, p.line)] as const),
  );
  const projectMentions = mentionsOf(records, (r) => [
    [[r.acronym ?? r.title, r.title], entryLine(r.where, r.line)] as const,
  ]);
  const programmeMentions = new Map<string, Map<string, SpellingStats>>();
  for (const p of programmes.values())
    for (const [doc, at] of p.mentions)
      for (const s of [p.name, p.code])
        of(programmeMentions, doc).set(s, { rows: p.projects, officials: new Set(), first: at });

  const suggestions = [
    ...suggestAcross(
      'Organisation',
      orgLinks.filter(unlinked).map((l) => {
        const o = participants.get(refValue(l))!;
        const country = [...(o.facts.values().next().value?.get('country')?.keys() ?? [])][0];
        return {
          id: l.id,
          ref: l.record.ref,
          name: o.names[0]!,
          names: o.names,
          count: o.projects,
          note: `PIC ${o.pic}${country ? `, ${String(country)}` : ''}`,
        };
      }),
      known,
      judgements,
      organisationKey,
      'project',
      namesLinked(orgLinks, participants),
    ),
    ...suggestAcross(
      'Project',
      projectLinks.filter(unlinked).map((l) => {
        const p = projects.get(refValue(l))!;
        return {
          id: l.id,
          ref: l.record.ref,
          name: p.acronym ?? p.title,
          names: [p.acronym ?? p.title, p.title],
          count: 1,
          note: `grant ${p.grant}`,
        };
      }),
      known,
      judgements,
      normaliseText,
      'release',
    ),
  ];
  return {
    groups: [
      {
        label: 'Organisation',
        entities: orgEntities,
        mentions: orgMentions,
        superseded: superseded(orgLinks, known),
      },
      {
        label: 'Project',
        entities: projectEntities,
        mentions: projectMentions,
        superseded: superseded(projectLinks, known),
      },
      {
        label: 'Initiative',
        entities: programmeEntities,
        mentions: programmeMentions,
        superseded: [],
      },
    ],
    suggestions,
    conflicts: [],
    counts: {
      organisations: countLinks(orgLinks, known, participants.size),
      projects: countLinks(projectLinks, known, projects.size),
      programmes: countLinks(programmeLinks, known, programmes.size),
    },
    context: {
      orgs: orgOf,
      projects: projectOf,
      programmes: programmeOf,
      participants,
      planned: new Set(),
      links: { organisations: orgLinks },
    },
  };
}

/** The names records give the known entities they link to. */
function namesLinked(
  links: readonly RecordLink[],
  participants: ReadonlyMap<string, Participant>,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const l of links)
    if (!unlinked(l))
      out.set(l.id, [...(out.get(l.id) ?? []), ...participants.get(refValue(l))!.names]);
  return out;
}

const named = (ref: string, names: readonly string[]): NamedRecord => ({ ref, names, ids: [ref] });
const refValue = (l: RecordLink) => l.record.ref.slice(l.record.ref.indexOf(':') + 1);
/** Not tied to an entity of the rest of the graph: new, or this dataset's own from an earlier run. */
const unlinked = (l: RecordLink) => !l.existing || l.existing.imported;

function entity(l: RecordLink, spellings: string[], rows: number) {
  const name = l.existing?.name ?? spellings[0]!;
  return {
    id: l.id,
    name,
    key: name,
    spellings,
    existing: l.existing,
    how:
      l.how === 'judgement'
        ? ('judgement' as const)
        : l.how === 'new'
          ? undefined
          : ('exact' as const),
    rows,
    officials: new Set<string>(),
  };
}

function mentionsOf(
  records: readonly Located<CordisProject>[],
  spellingsOf: (
    r: CordisProject,
  ) => readonly (readonly [readonly (string | undefined)[], string])[],
): Map<string, Map<string, SpellingStats>> {
  const out = new Map<string, Map<string, SpellingStats>>();
  for (const { record, doc } of records)
    for (const [spellings, at] of spellingsOf(record))
      for (const s of spellings) {
        if (!s) continue;
        const m = of(out, doc.id);
        const stats = m.get(s);
        if (stats) stats.rows++;
        else m.set(s, { rows: 1, officials: new Set(), first: at });
      }
  return out;
}

function of<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let inner = map.get(key);
  if (!inner) map.set(key, (inner = new Map()));
  return inner;
}

/** This dataset's nodes of an earlier run whose identifier now resolves to another entity. */
function superseded(links: readonly RecordLink[], known: readonly KnownEntity[]): string[] {
  const now = new Map(links.flatMap((l) => l.record.ids.map((x) => [x, l.id] as const)));
  return known
    .filter(
      (k) => k.imported && (k.externalIds ?? []).some((x) => now.has(x) && now.get(x) !== k.id),
    )
    .map((k) => k.id);
}

function countLinks(
  links: readonly RecordLink[],
  known: readonly KnownEntity[],
  records: number,
): EntityCounts {
  const inGraph = new Set(known.map((k) => k.id));
  return {
    created: links.filter((l) => !inGraph.has(l.id)).length,
    linked: links.filter((l) => l.existing && !l.existing.imported).length,
    known: links.filter((l) => l.existing?.imported || (!l.existing && inGraph.has(l.id))).length,
    spellings: records,
  };
}
