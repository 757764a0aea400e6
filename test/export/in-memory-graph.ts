import type { ExportEdge, ExportNode, GraphStream } from '../../src/export/types.js';

/** A GraphStream over arrays, for writer tests without a database. */
export function memoryGraph(nodes: ExportNode[], edges: ExportEdge[]): GraphStream {
  return {
    nodes: (async function* () {
      yield* nodes;
    })(),
    edges: async function* () {
      yield* edges;
    },
  };
}

export const hostile = 'A "quote", <tag> & more\nline two, Dassault Systèmes\ttab';

export const sampleNodes: ExportNode[] = [
  { id: 'person:a', label: 'Person', props: { name: 'Ann <A&B>', aliases: ['Anne', 'A. "N"'] } },
  {
    id: 'org:b',
    label: 'Organisation',
    props: { name: 'Dassault Systèmes', kind: 'COMPANY', budgetEur: 12.5, odd: 'x' },
  },
  { id: 'statement:c', label: 'Statement', props: { name: 'C', text: hostile, quoted: true } },
];

export const sampleEdges: ExportEdge[] = [
  {
    source: 'person:a',
    target: 'org:b',
    type: 'HOLDS_ROLE',
    props: { sources: ['doc:x', 'doc:y'], evidence: hostile, title: 'CEO', since: '2020-01-01' },
  },
  { source: 'statement:c', target: 'person:a', type: 'MADE_BY', props: { sources: ['doc:x'] } },
];
