import type { ClaimValue } from '../../model/claims.js';
import type { Located } from '../pipeline/adapter.js';
import { entryLine, projectUrl, type ReleaseDocument } from './dataset.js';
import { factsOf } from './participants.js';
import type { CordisProject } from './project-record.js';
import type { CordisContext, ProgrammeEntity } from './resolve-release.js';

export type Facts = Record<string, ClaimValue | readonly ClaimValue[]>;

/** What one release states about one entity. */
export interface NodeFacts {
  readonly id: string;
  readonly facts: Facts;
}

export type ReleaseRelType = 'PARTICIPATES_IN' | 'COORDINATED_BY' | 'FUNDED_BY';

/** What one release states about one relationship, and where. */
export interface RelFacts {
  readonly type: ReleaseRelType;
  readonly from: string;
  readonly to: string;
  readonly facts: Record<string, ClaimValue>;
  readonly lines: string[];
}

/** One project of one release as the batch writer takes it. */
export interface ProjectWrite {
  readonly id: string;
  readonly doc: string;
  readonly asOf: string;
  readonly nodes: NodeFacts[];
  readonly rels: RelFacts[];
}

export const relKey = (r: Pick<RelFacts, 'type' | 'from' | 'to'>): string =>
  `${r.type}|${r.from}|${r.to}`;

/**
 * A project file as writes: the project's facts; the registered facts of organisations and
 * programmes the first time a row of this release names them; its participations (role, order,
 * amounts), its coordinators, and the call and programme parts funding it.
 */
export function planProject(
  { record: p, doc }: Located<CordisProject>,
  ctx: CordisContext,
): ProjectWrite {
  const release = doc as ReleaseDocument;
  const id = ctx.projects.get(p.grant)!;
  const at = entryLine(p.where, p.line);
  const nodes: NodeFacts[] = [{ id, facts: projectFacts(p) }];
  const firstTime = (entity: string) => {
    const key = `${doc.id}|${entity}`;
    return !ctx.planned.has(key) && Boolean(ctx.planned.add(key));
  };
  const rels = new Map<string, RelFacts>();
  const link = (r: RelFacts) => {
    const prior = rels.get(relKey(r));
    if (prior) prior.lines.push(...r.lines.filter((l) => !prior.lines.includes(l)));
    else rels.set(relKey(r), r);
  };
  for (const part of p.participations) {
    const org = ctx.orgs.get(part.pic)!;
    if (firstTime(org))
      nodes.push({ id: org, facts: factsOf(ctx.participants.get(part.pic)!, doc.id) });
    const lines = [entryLine(p.where, part.line)];
    link({
      type: 'PARTICIPATES_IN',
      from: org,
      to: id,
      lines,
      facts: defined({
        role: part.role,
        order: part.order,
        ecContribution: part.ecContribution,
        netEcContribution: part.netEcContribution,
        totalCost: part.totalCost,
        terminated: part.terminated,
      }),
    });
    if (part.role === 'COORDINATOR')
      link({ type: 'COORDINATED_BY', from: id, to: org, lines: [...lines], facts: {} });
  }
  for (const code of [...p.calls, ...p.programmes].map((c) => c.code)) {
    const { id: funder, programme } = ctx.programmes.get(code)!;
    link({ type: 'FUNDED_BY', from: id, to: funder, lines: [at], facts: {} });
    // Each programme part, once per release: its kind and code, and the part it belongs to.
    let x: typeof programme | undefined = programme;
    while (x && firstTime(ctx.programmes.get(x.code)!.id)) {
      const xId = ctx.programmes.get(x.code)!.id;
      nodes.push({ id: xId, facts: { kind: x.kind, code: x.code } });
      const parent: ProgrammeEntity | undefined = x.parent
        ? ctx.programmes.get(x.parent)
        : undefined;
      const lines = [x.mentions.get(doc.id) ?? at];
      if (parent) link({ type: 'FUNDED_BY', from: xId, to: parent.id, lines, facts: {} });
      x = parent?.programme;
    }
  }
  return { id, doc: doc.id, asOf: release.releaseDate, nodes, rels: [...rels.values()] };
}

function projectFacts(p: CordisProject): Facts {
  return defined({
    grantId: p.grant,
    acronym: p.acronym,
    status: p.status,
    objective: p.objective,
    start: p.startDate,
    end: p.endDate,
    totalCost: p.totalCost,
    ecMaxContribution: p.ecMaxContribution,
    doi: p.grantDoi,
    url: projectUrl(p.grant),
    keywords: p.keywords.length ? p.keywords : undefined,
    fieldsOfScience: p.fieldsOfScience.length
      ? p.fieldsOfScience.map((f) => f.title ?? f.code)
      : undefined,
  });
}

function defined<T>(o: Record<string, T | undefined>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Record<
    string,
    T
  >;
}
