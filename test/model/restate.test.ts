import { describe, expect, it } from 'vitest';
import { restate, shownValues, type Claim } from '../../src/model/claims.js';

const release = (doc: string, asOf: string, value: string): Claim => ({
  property: 'status',
  value,
  sources: [doc],
  asOf,
});

describe('restate: claims of dated sources (dataset releases)', () => {
  it('shows the newer release and keeps the older one as a claim, whatever the order', () => {
    const older = release('doc:r1', '2025-11-16', 'SIGNED');
    const newer = release('doc:r2', '2026-02-01', 'CLOSED');
    const forward = restate(restate([], [older]), [newer]);
    const backward = restate(restate([], [newer]), [older]);
    expect(forward).toEqual(backward);
    expect(shownValues(forward).status).toBe('CLOSED');
    expect(forward.map((c) => [c.value, c.sources])).toEqual([
      ['CLOSED', ['doc:r2']],
      ['SIGNED', ['doc:r1']],
    ]);
  });

  it('one value stated by two releases is one claim with both sources and the newer date', () => {
    const claims = restate(restate([], [release('doc:r2', '2026-02-01', 'SIGNED')]), [
      release('doc:r1', '2025-11-16', 'SIGNED'),
    ]);
    expect(claims).toEqual([
      {
        property: 'status',
        value: 'SIGNED',
        sources: ['doc:r1', 'doc:r2'],
        asOf: '2026-02-01',
        preferred: true,
      },
    ]);
  });

  it('a release stating another value replaces its own old one, and reports the others', () => {
    const conflicts: string[] = [];
    const graph = restate([], [release('doc:r1', '2025-11-16', 'SIGNED')]);
    const both = restate(graph, [{ ...release('doc:r1', '2025-11-16', 'CLOSED') }]);
    expect(both.map((c) => c.value)).toEqual(['CLOSED']);
    const curated: Claim = { property: 'status', value: 'SIGNED', sources: ['doc:page'] };
    restate([curated], [release('doc:r1', '2025-11-16', 'CLOSED')], (c, other) =>
      conflicts.push(`${c.value} vs ${other}`),
    );
    expect(conflicts).toEqual(['CLOSED vs SIGNED']);
  });

  it("a curator's prefer still wins over a newer release", () => {
    const curated: Claim = { property: 'status', value: 'X', sources: ['doc:page'], prefer: true };
    const claims = restate([curated], [release('doc:r2', '2026-02-01', 'CLOSED')]);
    expect(shownValues(claims).status).toBe('X');
  });
});
