import {
  citedDocumentIds,
  entryItem,
  renderDetails,
  sourcesLine,
  type PanelActions,
} from './panel-render.js';
import { entityDetails, findEdge } from './details.js';
import { h } from './dom.js';
import { fundingSection } from './funding-section.js';
import { meetingsSection } from './meetings-section.js';
import { projectSection } from './project-section.js';
import { documentsById } from './queries.js';
import type { DocumentRef } from './types.js';
import type { ViewState } from './url-state.js';
import type { EdgeAttributes } from './graph-store.js';
import { weightedEdgeBody, type EdgeEnd } from './weighted-edge.js';

/** The side panel: an entity's properties, roles, statements and sources, or one edge's provenance. */
export class Panel {
  private request = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: PanelActions,
    private readonly state: () => ViewState | undefined,
  ) {}

  private asOf(): string | undefined {
    return this.state()?.asOf;
  }

  message(text: string, kind: 'muted' | 'error' = 'muted'): void {
    this.root.replaceChildren(
      h('p', { class: kind, role: kind === 'error' ? 'alert' : undefined }, text),
    );
  }

  private async docs(ids: readonly string[]): Promise<Map<string, DocumentRef>> {
    const docs = await documentsById(ids);
    return new Map(docs.map((d) => [d.id, d]));
  }

  async showNode(id: string, label: string, name: string, focus = false): Promise<void> {
    const request = ++this.request;
    this.root.setAttribute('aria-busy', 'true');
    this.message(`Loading ${name}…`);
    try {
      const details = await entityDetails(id, label);
      if (request !== this.request) return;
      if (!details) return this.message(`${id} is no longer in the graph.`, 'error');
      const docs = await this.docs(citedDocumentIds(details.related));
      if (request !== this.request) return;
      this.root.replaceChildren(...renderDetails(details, docs, this.asOf(), this.actions));
      const sections = await Promise.all(this.sectionsOf(id, label));
      const props = this.root.querySelector('dl.props');
      if (request === this.request)
        for (const section of sections.reverse()) if (section) props?.after(section);
      if (focus) this.root.querySelector<HTMLElement>('#panel-title')?.focus();
    } catch (error) {
      if (request === this.request)
        this.message(`Could not load ${name}: ${(error as Error).message}`, 'error');
    } finally {
      if (request === this.request) this.root.removeAttribute('aria-busy');
    }
  }

  /** Sections of a label beyond its properties: meetings, EU funding, a project's participants. */
  private sectionsOf(id: string, label: string): Promise<HTMLElement | undefined>[] {
    const open = (other: string, name: string) => this.actions.select(other, 'Organisation', name);
    const quietly = (p: Promise<HTMLElement | undefined>) => p.catch(() => undefined);
    if (label === 'Person') return [quietly(meetingsSection(id))];
    if (label === 'Organisation')
      return [quietly(meetingsSection(id)), quietly(fundingSection(id, open))];
    if (label === 'Project') return [quietly(projectSection(id, open))];
    return [];
  }

  /** A weighted link: what the two share (meetings, projects or roles) and where it is stated. */
  async showWeightedEdge(source: EdgeEnd, target: EdgeEnd, edge: EdgeAttributes): Promise<void> {
    if (edge.relType === 'ROLES') {
      const person = source.label === 'Person' ? source : target;
      const organisation = person === source ? target : source;
      return this.showEdge(person, 'HOLDS_ROLE', organisation);
    }
    if (edge.relType === 'PROJECTS' && (source.label === 'Project' || target.label === 'Project')) {
      const project = source.label === 'Project' ? source : target;
      const organisation = project === source ? target : source;
      return this.showEdge(organisation, 'PARTICIPATES_IN', project);
    }
    const request = ++this.request;
    this.root.setAttribute('aria-busy', 'true');
    this.message(`Loading ${source.name} ↔ ${target.name}…`);
    try {
      const state = this.state();
      const range = { from: state?.from, to: state?.to };
      const about =
        state?.view === 'meetings' && /^(initiative|topic|project):/.test(state.focus)
          ? state.focus
          : undefined;
      const body = await weightedEdgeBody(
        source,
        target,
        edge,
        range,
        (ids) => this.docs(ids),
        about,
      );
      if (request !== this.request) return;
      this.root.replaceChildren(...body);
      this.root.querySelector<HTMLElement>('#panel-title')?.focus();
    } catch (error) {
      if (request === this.request)
        this.message(`Could not load the link: ${(error as Error).message}`, 'error');
    } finally {
      if (request === this.request) this.root.removeAttribute('aria-busy');
    }
  }

  /** An edge (source)-[type]->(target): found in the source's details with its properties. */
  async showEdge(
    source: { id: string; label: string; name: string },
    type: string,
    target: { id: string; name: string },
  ): Promise<void> {
    const request = ++this.request;
    this.root.setAttribute('aria-busy', 'true');
    this.message(`Loading ${type}…`);
    try {
      const details = await entityDetails(source.id, source.label);
      const entries = details ? findEdge(details, type, target.id, true) : [];
      const ids = [
        ...new Set(entries.flatMap((e) => (e.props.sources as string[] | undefined) ?? [])),
      ];
      const docs = await this.docs(ids);
      if (request !== this.request) return;
      const title = h(
        'header',
        {},
        h('h2', { id: 'panel-title', tabindex: '-1' }, `${source.name} → ${target.name}`),
        h('div', {}, h('span', { class: 'badge edge' }, type)),
      );
      const body =
        entries.length > 0
          ? h(
              'ul',
              { class: 'entries' },
              ...entries.map((e) => entryItem(e, docs, this.asOf(), this.actions)),
            )
          : h(
              'div',
              {},
              h(
                'p',
                { class: 'muted' },
                'This relationship has no field in the API; its provenance is not available here.',
              ),
              sourcesLine([], docs),
            );
      this.root.replaceChildren(title, body);
      this.root.querySelector<HTMLElement>('#panel-title')?.focus();
    } catch (error) {
      if (request === this.request)
        this.message(`Could not load the relationship: ${(error as Error).message}`, 'error');
    } finally {
      if (request === this.request) this.root.removeAttribute('aria-busy');
    }
  }
}
