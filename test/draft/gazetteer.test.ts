import { describe, expect, it } from 'vitest';
import { buildGazetteer, extendGazetteer } from '../../src/draft/gazetteer.js';
import { findKnown } from '../../src/draft/known-matches.js';
import { tokenize } from '../../src/draft/tokens.js';
import { KNOWN_ENTITIES } from './article-fixture.js';

const found = (gaz: ReturnType<typeof buildGazetteer>, text: string) =>
  findKnown(text, tokenize(text), gaz).map((m) => m.entity.id);

describe('a gazetteer extended with a draft’s introduced names', () => {
  it('finds the added and the replaced spellings, and leaves the gazetteer it extends as it was', () => {
    const gaz = buildGazetteer(KNOWN_ENTITIES);
    const before = gaz.byFirstWord.get('charles')!.length;
    const extended = extendGazetteer(gaz, [
      {
        id: 'org:charles-university',
        label: 'Organisation',
        name: 'Charles University',
        aliases: ['CUNI'],
      },
      {
        id: 'org:fcdm',
        label: 'Organisation',
        name: 'Flemish Centre for Digital Medicine',
        aliases: [],
        acronym: 'FCDM',
      },
    ]);
    expect(found(extended, 'CUNI and FCDM met the Flemish Centre for Digital Medicine.')).toEqual([
      'org:charles-university',
      'org:fcdm',
      'org:fcdm',
    ]);
    expect(found(extended, 'Charles University')).toEqual(['org:charles-university']);
    expect(extended.entities.filter((e) => e.id === 'org:charles-university')).toHaveLength(1);
    expect(extended.byName.get('flemish centre for digital medicine')?.map((e) => e.id)).toEqual([
      'org:fcdm',
    ]);
    // the original is shared, never changed
    expect(found(gaz, 'CUNI and FCDM')).toEqual([]);
    expect(gaz.byFirstWord.get('charles')).toHaveLength(before);
    expect(gaz.entities).toHaveLength(KNOWN_ENTITIES.length);
  });

  it('knows the ids it added, so a second extension replaces instead of adding again', () => {
    const fcdm = { id: 'org:fcdm', label: 'Organisation', name: 'FCDM', aliases: [] } as const;
    const once = extendGazetteer(buildGazetteer(KNOWN_ENTITIES), [fcdm]);
    const twice = extendGazetteer(once, [{ ...fcdm, aliases: ['Flemish Centre'] }]);
    expect(once.ids.has('org:fcdm')).toBe(true);
    expect(twice.entities.filter((e) => e.id === 'org:fcdm')).toHaveLength(1);
    expect(found(twice, 'Flemish Centre')).toEqual(['org:fcdm']);
  });
});
