import { describe, expect, it } from 'vitest';
import { relationshipFields } from '../../src/dashboard/web/relationships.js';
import { loadTypeDefs } from '../../src/graphql/type-defs.js';
import { LABELS } from '../../src/model/labels.js';
import {
  ENDPOINTS,
  MENTIONED_IN,
  RELATIONSHIP_SCHEMAS,
  RELATIONSHIP_TYPES,
} from '../../src/model/relationship-types.js';
import { sdlPropertyTypes, sdlRelationships } from '../../src/graphql/shape/sdl-relationships.js';

// The domain model (src/model/) is declared once; the SDL and the dashboard must agree with it.
const doc = loadTypeDefs();
const sdl = sdlRelationships(doc);

/** Every (type, from, to) the seed format accepts, plus the loader's MENTIONED_IN. */
const modelEdges = new Set<string>();
for (const type of RELATIONSHIP_TYPES)
  for (const from of ENDPOINTS[type].from)
    for (const to of ENDPOINTS[type].to) modelEdges.add(`${type} ${from}→${to}`);
for (const from of MENTIONED_IN.from) modelEdges.add(`MENTIONED_IN ${from}→Document`);

const edgesOf = (r: (typeof sdl)[number]): string[] =>
  r.targets.map((t) => `${r.type} ${r.out ? `${r.owner}→${t}` : `${t}→${r.owner}`}`);

describe('the GraphQL SDL agrees with the domain model', () => {
  it('has a node type for every label', () => {
    const types = doc.definitions.flatMap((d) => ('name' in d && d.name ? [d.name.value] : []));
    expect(LABELS.filter((l) => !types.includes(l))).toEqual([]);
  });

  it('reaches every relationship the seed format accepts from its start (an OUT field)', () => {
    const outgoing = new Set(sdl.filter((r) => r.out).flatMap(edgesOf));
    expect([...modelEdges].filter((e) => !outgoing.has(e))).toEqual([]);
  });

  it('shows no relationship the model does not allow, in either direction', () => {
    const claimed = sdl.flatMap((r) => edgesOf(r).map((e) => `${r.owner}.${r.field}: ${e}`));
    expect(claimed.filter((c) => !modelEdges.has(c.slice(c.indexOf(': ') + 2)))).toEqual([]);
  });

  it('exposes every relationship property the seed format accepts', () => {
    const propertyTypes = sdlPropertyTypes(doc);
    const missing: string[] = [];
    for (const r of sdl) {
      if (r.type === 'MENTIONED_IN' || !r.props) continue;
      const model = Object.keys(RELATIONSHIP_SCHEMAS[r.type as keyof typeof ENDPOINTS].shape)
        .filter((k) => !['type', 'from', 'to', 'prefer'].includes(k))
        .concat('sources');
      const have = propertyTypes.get(r.props) ?? [];
      for (const k of model) if (!have.includes(k)) missing.push(`${r.owner}.${r.field} ${k}`);
    }
    expect(missing).toEqual([]);
  });
});

describe("the dashboard's relationship table agrees with the SDL", () => {
  it('lists every relationship field of every type, with the same type, direction and ends', () => {
    const fromSdl = sdl.map((r) =>
      [
        r.owner,
        r.field,
        r.type,
        r.out ? 'OUT' : 'IN',
        r.props,
        [...r.targets].sort().join('|'),
      ].join(' '),
    );
    const fromDashboard = Object.entries(relationshipFields).flatMap(([owner, fields]) =>
      fields.map((f) =>
        [
          owner,
          f.field,
          f.type,
          f.out ? 'OUT' : 'IN',
          f.props,
          [...f.targets].sort().join('|'),
        ].join(' '),
      ),
    );
    expect(fromDashboard.sort()).toEqual(fromSdl.sort());
  });
});
