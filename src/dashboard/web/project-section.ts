import { h } from './dom.js';
import { entityList } from './entity-list.js';
import { euros } from './funding-section.js';
import { gql } from './graphql.js';

interface Participant {
  readonly properties: {
    role: string | null;
    ecContribution: number | null;
    droppedBy: string | null;
  };
  readonly node: { id: string; name: string; country: string | null };
}

interface ProjectFacts {
  readonly status: string | null;
  readonly start: string | null;
  readonly end: string | null;
  readonly ecMaxContribution: number | null;
  readonly participantsConnection: { totalCount: number; edges: readonly Participant[] };
}

const SHOWN = 10;

/**
 * For a project: status, dates and EU contribution, and its participants with role and EU
 * contribution in consortium order (the coordinator first), saying how many there are in all. Undefined for a project no
 * dataset describes (no status, no participant).
 */
export async function projectSection(
  id: string,
  open: (id: string, name: string) => void,
): Promise<HTMLElement | undefined> {
  const data = await gql<{ projects: ProjectFacts[] }>(
    `query ProjectView($id: ID!, $n: Int) { projects(where: { id: { eq: $id } }) {
       status start end ecMaxContribution
       participantsConnection(first: $n, sort: [{ edge: { order: ASC } }]) { totalCount
         edges { properties { role ecContribution droppedBy } node { id name country } } } } }`,
    { id, n: SHOWN },
  );
  const p = data.projects[0];
  if (!p || (!p.status && p.participantsConnection.totalCount === 0)) return undefined;
  const { totalCount, edges } = p.participantsConnection;
  const facts = [
    p.status,
    p.start && p.end ? `${p.start} – ${p.end}` : null,
    p.ecMaxContribution != null ? `EU contribution up to ${euros(p.ecMaxContribution)}` : null,
  ].filter(Boolean);
  const list = entityList(
    edges.map((e) => ({
      id: e.node.id,
      name: e.node.name,
      about: [
        ` · ${(e.properties.role ?? 'participant').toLowerCase().replace('_', ' ')}`,
        e.properties.ecContribution != null ? ` · ${euros(e.properties.ecContribution)}` : '',
        e.properties.droppedBy ? ' · no longer listed' : '',
      ].join(''),
    })),
    open,
  );
  return h(
    'section',
    { class: 'project' },
    h('h3', {}, 'Project (CORDIS)'),
    h('p', { class: 'muted' }, facts.join(' · ')),
    h('h4', {}, `Participants (${totalCount})`),
    list,
    totalCount > edges.length
      ? h(
          'p',
          { class: 'muted truncated' },
          `${edges.length} of ${totalCount} participants shown, in consortium order.`,
        )
      : null,
  );
}
