import { h } from './dom.js';
import { barChart } from './bar-chart.js';
import { gql } from './graphql.js';

interface YearCount {
  readonly year: number;
  readonly meetings: number;
}

async function meetingsPerYear(id: string, from: string, to: string): Promise<YearCount[]> {
  const data = await gql<{ meetingsPerYear: YearCount[] }>(
    'query PerYear($id: ID!, $from: Date, $to: Date) { meetingsPerYear(id: $id, from: $from, to: $to) { year meetings } }',
    { id, from: from || null, to: to || null },
  );
  return data.meetingsPerYear;
}

/** Bars of meetings per year. */
const chart = (rows: readonly YearCount[]) =>
  barChart(
    rows.map((r) => ({
      label: rows.length > 8 ? `'${String(r.year).slice(2)}` : String(r.year),
      value: r.meetings,
      shown: String(r.meetings),
    })),
  );

/**
 * For an official or an organisation: meetings per year (EC meetings register) with a date-range
 * filter. Returns undefined when the entity has no meeting at all (the section is then left out).
 */
export async function meetingsSection(id: string): Promise<HTMLElement | undefined> {
  const all = await meetingsPerYear(id, '', '');
  if (all.length === 0) return undefined;
  const from = h('input', { type: 'date', 'aria-label': 'Meetings from' });
  const to = h('input', { type: 'date', 'aria-label': 'Meetings until' });
  const body = h('div', { 'aria-live': 'polite' });
  const render = (rows: readonly YearCount[]) => {
    const total = rows.reduce((n, r) => n + r.meetings, 0);
    body.replaceChildren(
      h('p', { class: 'muted' }, `${total} meeting${total === 1 ? '' : 's'} in the register`),
      rows.length ? chart(rows) : h('p', { class: 'muted' }, 'None in this date range.'),
    );
  };
  const update = async () => {
    try {
      render(await meetingsPerYear(id, from.value, to.value));
    } catch (error) {
      body.replaceChildren(h('p', { class: 'error', role: 'alert' }, (error as Error).message));
    }
  };
  from.addEventListener('change', () => void update());
  to.addEventListener('change', () => void update());
  render(all);
  return h(
    'section',
    { class: 'meetings' },
    h('h3', {}, 'Meetings per year'),
    h(
      'div',
      { class: 'date-range' },
      h('label', {}, 'From ', from),
      ' ',
      h('label', {}, 'to ', to),
    ),
    body,
  );
}
