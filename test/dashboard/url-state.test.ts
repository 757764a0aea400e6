import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  needsFetch,
  parseState,
  stateToSearch,
} from '../../src/dashboard/web/url-state.js';

describe('the view in the URL', () => {
  it('round-trips every field', () => {
    const state = {
      ...DEFAULT_STATE,
      focus: 'org:businesseurope',
      view: 'meetings' as const,
      depth: 1,
      limit: 50,
      from: '2021-01-01',
      to: '2021-12-31',
      selected: 'person:nicolas-schmit',
      hiddenLabels: ['Person'],
      hiddenTypes: ['MEETINGS'],
      expanded: ['person:nicolas-schmit', 'org:siemens-ag'],
    };
    expect(parseState(stateToSearch(state))).toEqual({ ...state, asOf: undefined });
  });

  it('falls back to the defaults for what is missing or malformed, clamps numbers', () => {
    const state = parseState(
      '?focus=<script>&view=galaxy&depth=9&limit=&from=2021-13&hide=A,%20,B!',
    );
    expect(state).toMatchObject({ focus: 'initiative:vht', view: 'links', depth: 3, limit: 25 });
    expect(state.from).toBeUndefined();
    expect(state.hiddenLabels).toEqual(['A']);
  });

  it('keeps only calendar days, and a period in order', () => {
    expect(parseState('?from=2023-02-30&to=2023-13-01')).toMatchObject({
      from: undefined,
      to: undefined,
    });
    expect(parseState('?from=2024-12-31&to=2024-01-01')).toMatchObject({
      from: '2024-01-01',
      to: '2024-12-31',
    });
  });

  it('clamps the depth to what the view accepts', () => {
    expect(parseState('?focus=org:x&view=projects&depth=3').depth).toBe(1);
    expect(parseState('?focus=org:x&view=meetings&depth=3').depth).toBe(2);
    expect(parseState('?focus=org:x&view=links&depth=3').depth).toBe(3);
  });

  it('fetches again only when what is drawn changes, not for a selection or filter', () => {
    const a = parseState('?focus=org:x&view=meetings');
    expect(needsFetch(a, { ...a, selected: 'person:y', hiddenLabels: ['Person'] })).toBe(false);
    expect(needsFetch(a, { ...a, from: '2020-01-01' })).toBe(true);
    expect(needsFetch(a, { ...a, expanded: ['person:y'] })).toBe(true);
  });
});
