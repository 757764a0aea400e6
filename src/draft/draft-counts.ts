/** What a draft proposes, counted (the command's summary line). */
import type { DraftBuilder } from './draft-builder.js';

export type DraftCounts = {
  known: number;
  newPeople: number;
  newOrganisations: number;
  relationships: number;
  statements: number;
  checks: number;
  /** Events proposed or referred to. */
  events: number;
};

export function countsOf(builder: DraftBuilder): DraftCounts {
  const all = [...builder.entities.values()];
  const rels = [...builder.relationships.values()];
  return {
    known: all.filter((e) => e.known && e.label !== 'Document').length,
    newPeople: all.filter((e) => !e.known && e.label === 'Person').length,
    newOrganisations: all.filter((e) => !e.known && e.label === 'Organisation').length,
    relationships: rels.length,
    statements: all.filter((e) => e.label === 'Statement').length,
    checks:
      all.reduce((n, e) => n + e.checks.length, 0) + rels.reduce((n, r) => n + r.checks.length, 0),
    events: all.filter((e) => e.label === 'Event').length,
  };
}
