import type { EntityDetails, RelatedEntry } from './details.js';
import { externalLink, h } from './dom.js';
import type { DocumentRef } from './types.js';

export interface PanelActions {
  select(id: string, label: string, name: string): void;
  expand(id: string): void;
  pathFrom(id: string, name: string): void;
  pathTo(id: string, name: string): void;
}

export type DocIndex = ReadonlyMap<string, DocumentRef>;

const button = (text: string, onClick: () => void, title?: string): HTMLButtonElement => {
  const b = h('button', { type: 'button', title }, text);
  b.addEventListener('click', onClick);
  return b;
};

interface Figure {
  counts: string;
  value: number;
  qualifier?: string | null;
}
const isFigure = (x: unknown): x is Figure =>
  typeof x === 'object' && x !== null && 'counts' in x && 'value' in x;
/** "more than 76 signatories". */
const figure = (q: Figure): string => [q.qualifier, q.value, q.counts].filter(Boolean).join(' ');

const show = (value: unknown): string =>
  Array.isArray(value)
    ? value.map((v) => (isFigure(v) ? figure(v) : String(v))).join('; ')
    : String(value);

/** "Sources: <doc link>, <doc link>" for a relationship's `sources` ids. */
export function sourcesLine(ids: readonly string[] | undefined, docs: DocIndex): HTMLElement {
  const items = (ids ?? []).map((id) => {
    const doc = docs.get(id);
    return h('li', {}, doc ? externalLink(doc.url, doc.name) : h('code', {}, id));
  });
  return h(
    'div',
    { class: 'sources' },
    h('span', { class: 'muted' }, 'Sources: '),
    items.length > 0 ? h('ul', {}, ...items) : h('em', {}, 'none recorded'),
  );
}

function validity(props: Readonly<Record<string, unknown>>, asOf: string | undefined): string {
  const since = props.since as string | null | undefined;
  const until = props.until as string | null | undefined;
  const span = `${since ?? '?'} – ${until ?? 'present'}`;
  if (!asOf) return span;
  const valid = (!since || since <= asOf) && (!until || until >= asOf);
  return `${span} (${valid ? 'held' : 'not held'} on ${asOf})`;
}

/** One relationship of the selected entity: the other end, its own properties, provenance. */
export function entryItem(
  entry: RelatedEntry,
  docs: DocIndex,
  asOf: string | undefined,
  actions: PanelActions,
): HTMLElement {
  const { node, props } = entry;
  const link = button(
    node.name,
    () => actions.select(node.id, node.__typename, node.name),
    `Show ${node.id}`,
  );
  const facts: (HTMLElement | string)[] = [];
  if (props.title) facts.push(h('div', { class: 'role' }, show(props.title)));
  if (entry.field.props === 'HoldsRole')
    facts.push(h('div', { class: 'dates' }, validity(props, asOf)));
  if (props.capacity) facts.push(h('div', {}, `as ${show(props.capacity)}`));
  if (props.amountEur) facts.push(h('div', {}, `€${Number(props.amountEur).toLocaleString('en')}`));
  if (props.asWritten) facts.push(h('div', {}, `written as “${show(props.asWritten)}”`));
  if (node.text) {
    facts.push(
      h(
        'blockquote',
        { class: node.quoted ? 'quote' : 'paraphrase' },
        node.text,
        h(
          'footer',
          {},
          `${node.quoted ? 'verbatim' : 'paraphrase'}${node.date ? `, ${node.date}` : ''}`,
        ),
      ),
    );
  }
  const evidence = props.evidence ?? props.quote;
  if (evidence) facts.push(h('blockquote', { class: 'evidence' }, show(evidence)));
  const lines = (props.lines as string[] | undefined | null) ?? [];
  if (lines.length) {
    const more = lines.length > 5 ? ` and ${lines.length - 5} more` : '';
    facts.push(h('div', { class: 'lines' }, `stated at ${lines.slice(0, 5).join(', ')}${more}`));
  }
  return h(
    'li',
    { class: 'entry' },
    h('div', {}, h('span', { class: `badge ${node.__typename}` }, node.__typename), ' ', link),
    ...facts,
    sourcesLine(props.sources as string[] | undefined, docs),
  );
}

/** The whole panel for one entity. */
export function renderDetails(
  d: EntityDetails,
  docs: DocIndex,
  asOf: string | undefined,
  actions: PanelActions,
): HTMLElement[] {
  const header = h(
    'header',
    {},
    h('h2', { id: 'panel-title', tabindex: '-1' }, d.name),
    h('div', {}, h('span', { class: `badge ${d.label}` }, d.label), ' ', h('code', {}, d.id)),
    h(
      'div',
      { class: 'actions' },
      button('Expand neighbours', () => actions.expand(d.id), 'Add entities one hop away'),
      button('Path from here', () => actions.pathFrom(d.id, d.name)),
      button('Path to here', () => actions.pathTo(d.id, d.name)),
    ),
  );
  const props = h(
    'dl',
    { class: 'props' },
    ...Object.entries(d.props).flatMap(([key, value]) => [
      h('dt', {}, key),
      h('dd', {}, key === 'url' ? externalLink(String(value), String(value)) : show(value)),
    ]),
  );
  const sources = h(
    'section',
    {},
    h('h3', {}, 'Source documents'),
    d.sources.length === 0
      ? h('p', { class: 'muted' }, 'None recorded.')
      : h(
          'ul',
          { class: 'docs' },
          ...d.sources.map((doc) =>
            h(
              'li',
              {},
              externalLink(doc.url, doc.name),
              h(
                'span',
                { class: 'muted' },
                [doc.publisher, doc.published].filter(Boolean).length
                  ? ` — ${[doc.publisher, doc.published].filter(Boolean).join(', ')}`
                  : '',
              ),
            ),
          ),
        ),
  );
  const groups = new Map<string, RelatedEntry[]>();
  for (const entry of d.related)
    groups.set(entry.field.title, [...(groups.get(entry.field.title) ?? []), entry]);
  const sections = [...groups].map(([title, entries]) =>
    h(
      'section',
      {},
      h('h3', {}, `${title} (${entries.length})`),
      h('ul', { class: 'entries' }, ...entries.map((e) => entryItem(e, docs, asOf, actions))),
    ),
  );
  return [header, props, sources, ...sections];
}

/** Every document id cited by the relationships of an entity (to fetch titles and links once). */
export function citedDocumentIds(entries: readonly RelatedEntry[]): string[] {
  return [...new Set(entries.flatMap((e) => (e.props.sources as string[] | undefined) ?? []))];
}
