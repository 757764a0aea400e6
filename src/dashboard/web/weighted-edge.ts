import { externalLink, h } from './dom.js';
import type { EdgeAttributes } from './graph-store.js';
import { sourcesLine, type DocIndex } from './panel-render.js';
import {
  meetingsBetween,
  projectsBetween,
  type MeetingRow,
  type ProjectRow,
} from './weighted-queries.js';

export interface EdgeEnd {
  readonly id: string;
  readonly label: string;
  readonly name: string;
}

type Range = { from?: string; to?: string };

const euros = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'EUR',
  notation: 'compact',
  maximumFractionDigits: 1,
});

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "25 meetings · 2020-01-09 – 2023-07-04 · €1.2M". */
export function edgeSummary(edge: EdgeAttributes): string {
  const word = edge.relType === 'PROJECTS' ? 'shared project' : 'meeting';
  const parts = [plural(edge.count ?? 0, word)];
  if (edge.first)
    parts.push(edge.first === edge.last ? edge.first : `${edge.first} – ${edge.last}`);
  if (edge.amountEur) parts.push(`${euros.format(edge.amountEur)} EU contribution`);
  return parts.join(' · ');
}

function meetingItem(row: MeetingRow, docs: DocIndex): HTMLElement {
  const provenance = row.organisationsConnection.edges[0]?.properties;
  return h(
    'li',
    { class: 'entry' },
    h('strong', {}, row.date ?? 'undated'),
    ' ',
    row.subject ?? '(no subject declared)',
    row.location ? h('span', { class: 'muted' }, ` · ${row.location}`) : null,
    sourcesLine(provenance?.sources ?? [], docs),
    provenance?.lines?.length
      ? h('div', { class: 'muted lines' }, `Rows: ${provenance.lines.join(', ')}`)
      : null,
  );
}

function projectItem(row: ProjectRow, docs: DocIndex): HTMLElement {
  const name = row.acronym ? `${row.acronym} — ${row.name}` : row.name;
  const stated = row.participantsConnection.edges.map((e) => e.properties);
  const lines = stated.flatMap((p) => p.lines ?? []);
  return h(
    'li',
    { class: 'entry' },
    externalLink(row.url, name),
    h(
      'div',
      { class: 'muted' },
      [
        row.start ? `starts ${row.start}` : null,
        row.ecMaxContribution ? euros.format(row.ecMaxContribution) : null,
      ]
        .filter(Boolean)
        .join(' · '),
    ),
    sourcesLine([...new Set(stated.flatMap((p) => p.sources ?? []))], docs),
    lines.length ? h('div', { class: 'muted lines' }, `Rows: ${lines.join(', ')}`) : null,
  );
}

const SUBJECTS = new Set(['Initiative', 'Topic', 'Project']);

/**
 * The meetings behind a MEETINGS link: an official and an organisation (only those about the
 * focus when the view is about an initiative), or an organisation and the initiative itself.
 */
function meetingsOf(a: EdgeEnd, b: EdgeEnd, about: string | undefined, range: Range) {
  const subject = SUBJECTS.has(a.label) ? a : SUBJECTS.has(b.label) ? b : undefined;
  if (subject) {
    const organisation = subject === a ? b : a;
    return meetingsBetween({ organisation: organisation.id, initiative: subject.id }, range);
  }
  const official = a.label === 'Person' ? a : b;
  const organisation = official === a ? b : a;
  return meetingsBetween(
    { official: official.id, organisation: organisation.id, initiative: about },
    range,
  );
}

/**
 * The panel's body for a weighted link: the two ends, the summary, then the meetings (with the
 * register rows and dataset that state them) or the shared projects behind it.
 */
export async function weightedEdgeBody(
  source: EdgeEnd,
  target: EdgeEnd,
  edge: EdgeAttributes,
  range: Range,
  docsOf: (ids: readonly string[]) => Promise<DocIndex>,
  about?: string,
): Promise<HTMLElement[]> {
  const header = h(
    'header',
    {},
    h('h2', { id: 'panel-title', tabindex: '-1' }, `${source.name} ↔ ${target.name}`),
    h('div', {}, h('span', { class: 'badge edge' }, edge.relType)),
    h('p', {}, edgeSummary(edge)),
  );
  let items: HTMLElement[];
  if (edge.relType === 'PROJECTS') {
    const rows = await projectsBetween(source.id, target.id, range);
    const docs = await docsOf([
      ...new Set(
        rows.flatMap((r) =>
          r.participantsConnection.edges.flatMap((e) => e.properties.sources ?? []),
        ),
      ),
    ]);
    items = rows.map((row) => projectItem(row, docs));
  } else {
    const rows = await meetingsOf(source, target, about, range);
    const ids = [
      ...new Set(rows.flatMap((r) => r.organisationsConnection.edges[0]?.properties.sources ?? [])),
    ];
    const docs = await docsOf(ids);
    items = rows.map((row) => meetingItem(row, docs));
  }
  const shown =
    items.length < (edge.count ?? 0) ? `The first ${items.length} of ${edge.count}` : null;
  return [
    header,
    shown ? h('p', { class: 'muted' }, shown) : h('span'),
    h('ul', { class: 'entries' }, ...items),
  ];
}
