import { barChart } from './bar-chart.js';
import { h } from './dom.js';
import { entityList } from './entity-list.js';
import { gql } from './graphql.js';

interface Ranked {
  readonly id: string;
  readonly name: string;
  readonly projects: number;
}

interface OrganisationFunding {
  readonly funding: {
    readonly projects: number;
    readonly coordinated: number;
    readonly ecContribution: number;
    readonly perYear: readonly { year: number; projects: number; ecContribution: number }[];
  };
  readonly partners: { readonly total: number; readonly organisations: readonly Ranked[] };
}

const PARTNERS = 8;
export const euros = (n: number): string =>
  n >= 1e6 ? `€${(n / 1e6).toFixed(1)} M` : n >= 1e3 ? `€${Math.round(n / 1e3)} k` : `€${n}`;

/**
 * For an organisation of CORDIS: EU funding in total and per year (bars of the projects' start
 * year) and its top partners by shared projects, saying how many there are in all. Undefined when
 * it takes part in no project (the section is then left out).
 */
export async function fundingSection(
  id: string,
  open: (id: string, name: string) => void,
): Promise<HTMLElement | undefined> {
  const data = await gql<{ organisations: OrganisationFunding[] }>(
    `query Funding($id: ID!, $n: Int) { organisations(where: { id: { eq: $id } }) {
       funding { projects coordinated ecContribution perYear { year projects ecContribution } }
       partners(limit: $n) { total organisations { id name projects } } } }`,
    { id, n: PARTNERS },
  );
  const org = data.organisations[0];
  if (!org || org.funding.projects === 0) return undefined;
  const { funding, partners } = org;
  const bars = funding.perYear.map((y) => ({
    label: String(y.year),
    value: y.ecContribution,
    shown: euros(y.ecContribution),
  }));
  const list = entityList(
    partners.organisations.map((p) => ({
      id: p.id,
      name: p.name,
      about: ` · ${p.projects} shared project${p.projects === 1 ? '' : 's'}`,
    })),
    open,
  );
  return h(
    'section',
    { class: 'funding' },
    h('h3', {}, 'EU funding (CORDIS, Horizon Europe)'),
    h(
      'p',
      { class: 'muted' },
      `${funding.projects} project${funding.projects === 1 ? '' : 's'} (${funding.coordinated} coordinated) · ${euros(funding.ecContribution)} EU contribution`,
    ),
    bars.length ? barChart(bars) : null,
    h('h4', {}, 'Top partners by shared projects'),
    list,
    partners.total > partners.organisations.length
      ? h(
          'p',
          { class: 'muted truncated' },
          `${partners.organisations.length} of ${partners.total} partners shown.`,
        )
      : null,
  );
}
