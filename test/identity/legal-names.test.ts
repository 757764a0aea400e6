import { describe, expect, it } from 'vitest';
import { resolveRecords } from '../../src/identity/resolve-records.js';
import type { KnownEntity } from '../../src/identity/known-entity.js';
import { legalNameKey } from '../../src/model/names/normalise.js';

const known = (id: string, name: string): KnownEntity => ({
  id,
  label: 'Organisation',
  name,
  aliases: [],
  imported: false,
});
const resolve = (legalName: string, entity: KnownEntity) =>
  resolveRecords(
    [{ ref: 'pic:999000001', names: [legalName], ids: ['pic:999000001'] }],
    [entity],
    [],
    legalNameKey,
    'org',
  )[0]!;

describe('linking legal entities by legal name (legal form included)', () => {
  it('links the same legal name however its legal form is punctuated', () => {
    expect(resolve('AVIO SPA', known('org:avio', 'Avio S.p.A.'))).toMatchObject({
      id: 'org:avio',
      how: 'exact',
    });
    expect(resolve('TOPSOE AS', known('org:topsoe', 'TOPSOE A/S'))).toMatchObject({
      id: 'org:topsoe',
      how: 'exact',
    });
  });

  it('reads a legal form written out as its abbreviation', () => {
    expect(resolve('BAYER AKTIENGESELLSCHAFT', known('org:bayer', 'Bayer AG')).how).toBe('exact');
    expect(resolve('SAAB AKTIEBOLAG', known('org:saab', 'Saab AB')).how).toBe('exact');
    expect(resolve('ACME COMPANY LIMITED', known('org:acme', 'Acme Ltd')).how).toBe('exact');
    expect(legalNameKey('BAYER PUBLIC LIMITED COMPANY')).toBe('bayer plc');
  });

  it('keeps two legal forms of one brand apart (a group is not its subsidiary)', () => {
    for (const [legal, group] of [
      ['ASTRAZENECA AB', 'AstraZeneca PLC'],
      ['COOLBROOK B.V.', 'Coolbrook Oy'],
      ['DANONE SA', 'Danone'],
    ] as const)
      expect(resolve(legal, known('org:group', group)).how).toBe('new');
  });
});
