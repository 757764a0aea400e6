import { describe, expect, it } from 'vitest';
import type { Judgement } from '../../src/identity/judgements.js';
import type { KnownEntity } from '../../src/identity/known-entity.js';
import { resolveRecords, type NamedRecord } from '../../src/identity/resolve-records.js';
import { organisationKey } from '../../src/model/names/normalise.js';

const org = (id: string, name: string, more: Partial<KnownEntity> = {}): KnownEntity => ({
  id,
  label: 'Organisation',
  name,
  aliases: [],
  imported: false,
  ...more,
});
const pic = (value: string, ...names: string[]): NamedRecord => ({
  ref: `pic:${value}`,
  names,
  ids: [`pic:${value}`],
});
const judged = (a: string, b: string, judgement: 'same' | 'different'): Judgement => ({
  a,
  b,
  judgement,
  reason: 'test',
  who: 'tester',
  when: '2026-12-02',
});
const resolve = (records: NamedRecord[], known: KnownEntity[], judgements: Judgement[] = []) =>
  resolveRecords(records, known, judgements, organisationKey, 'org').map(
    (l) => `${l.record.ref} → ${l.id} (${l.how})`,
  );

describe('resolving records by their own identifiers', () => {
  it('links by an external id a curated entity states, whatever the spelling', () => {
    const known = [org('org:ku-leuven', 'KU Leuven', { externalIds: ['pic:999991722'] })];
    expect(resolve([pic('999991722', 'KATHOLIEKE UNIVERSITEIT LEUVEN')], known)).toEqual([
      'pic:999991722 → org:ku-leuven (external-id)',
    ]);
  });

  it('keeps the node of an earlier import of the same record (ids stay from release to release)', () => {
    const known = [
      org('org:universite-de-liege', 'UNIVERSITE DE LIEGE', {
        imported: true,
        externalIds: ['pic:999993565'],
      }),
    ];
    expect(resolve([pic('999993565', 'UNIVERSITE DE LIEGE ULIEGE')], known)).toEqual([
      'pic:999993565 → org:universite-de-liege (external-id)',
    ]);
  });

  it('links an exact name only when one curated entity and one record have it', () => {
    const known = [org('org:sanofi', 'Sanofi')];
    expect(resolve([pic('111111111', 'SANOFI')], known)).toEqual([
      'pic:111111111 → org:sanofi (exact)',
    ]);
    // Two legal entities named alike: neither becomes the group, each keeps its own node.
    expect(resolve([pic('111111111', 'SANOFI'), pic('222222222', 'SANOFI SA')], known)).toEqual([
      'pic:111111111 → org:sanofi-111111111 (new)',
      'pic:222222222 → org:sanofi-222222222 (new)',
    ]);
    expect(resolve([pic('333333333', 'SANOFI PASTEUR')], known)).toEqual([
      'pic:333333333 → org:sanofi-pasteur (new)',
    ]);
  });

  it('applies judgements: same links, different blocks even an exact name', () => {
    const known = [org('org:roche', 'Roche'), org('org:inria', 'Inria')];
    const long = 'INSTITUT NATIONAL DE RECHERCHE EN INFORMATIQUE ET AUTOMATIQUE';
    expect(
      resolve([pic('999547074', long), pic('444444444', 'ROCHE')], known, [
        judged('pic:999547074', 'org:inria', 'same'),
        judged('ROCHE', 'org:roche', 'different'),
      ]),
    ).toEqual([
      'pic:999547074 → org:inria (judgement)',
      'pic:444444444 → org:roche-444444444 (new)',
    ]);
  });

  it('gives the same ids whatever the order of the records', () => {
    const records = [pic('555555555', 'ACME'), pic('666666666', 'ACME'), pic('777777777', 'OTHER')];
    const ids = (list: NamedRecord[]) => resolve(list, []).sort();
    expect(ids(records)).toEqual(ids([...records].reverse()));
  });
});
