import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFoundingGraph } from '../support/fixture.js';
import { startGraphQL, type GraphQLHarness } from './graphql-harness.js';

// p50 latency of each custom query on the founding graph, 50 runs after 5 warm-ups (executeOperation).
// A loose bound catches pathological plans, not machine noise; the numbers are printed.
const RUNS = 50;
const queries: Record<string, string> = {
  search: '{ search(text: "Virkunnen", limit: 10) { id score } }',
  egoNetwork:
    '{ egoNetwork(id: "person:henna-virkkunen", depth: 2) { nodes { id } edges { type } } }',
  egoNetworkAsOf:
    '{ egoNetwork(id: "org:european-commission", depth: 3, asOf: "2025-10-21") { nodes { id } edges { type } } }',
  connections:
    '{ connections(from: "org:dg-connect", to: "org:ebrains", maxHops: 6) { nodes { id } edges { type } } }',
  commonConnections:
    '{ commonConnections(a: "person:henna-virkkunen", b: "person:sandra-gallina") { id } }',
  central: '{ central(limit: 10) { id score } }',
  centralScoped: '{ central(scope: "initiative:vht", limit: 10) { id score } }',
  sources: '{ people { id sources { id } } }',
};

let api: GraphQLHarness;
beforeAll(async () => {
  api = await startGraphQL();
  await loadFoundingGraph(api.driver, api.database);
});
afterAll(async () => api?.stop());

describe('latency', () => {
  it(`p50 of each custom query over ${RUNS} runs`, async () => {
    const report: Record<string, { p50: number; p95: number }> = {};
    for (const [name, query] of Object.entries(queries)) {
      const times: number[] = [];
      for (let i = 0; i < RUNS + 5; i++) {
        const started = performance.now();
        const result = await api.run(query);
        const elapsed = performance.now() - started;
        expect(result.errors, name).toBeUndefined();
        if (i >= 5) times.push(elapsed);
      }
      times.sort((a, b) => a - b);
      const at = (q: number) => Math.round(times[Math.floor(q * (times.length - 1))]! * 10) / 10;
      report[name] = { p50: at(0.5), p95: at(0.95) };
    }
    process.stderr.write(`[latency ms] ${JSON.stringify(report)}\n`);
    for (const [name, { p50 }] of Object.entries(report)) expect(p50, name).toBeLessThan(500);
  });
});
