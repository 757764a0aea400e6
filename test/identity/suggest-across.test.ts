import { describe, expect, it } from 'vitest';
import type { KnownEntity } from '../../src/identity/known-entity.js';
import { suggestAcross, type AcrossItem } from '../../src/identity/suggest-across.js';
import { organisationKey } from '../../src/model/names/normalise.js';

const known = (id: string, name: string, aliases: string[] = []): KnownEntity => ({
  id,
  label: 'Organisation',
  name,
  aliases,
  imported: false,
});
const item = (pic: string, ...names: string[]): AcrossItem => ({
  id: `org:${pic}`,
  ref: `pic:${pic}`,
  name: names[0]!,
  names,
  count: 1,
});
const pairs = (items: AcrossItem[], graph: KnownEntity[]) =>
  suggestAcross('Organisation', items, graph, [], organisationKey, 'project').map(
    (s) => `${s.leftName} ~ ${s.rightName} ${s.reason}`,
  );

describe('suggestions between a dataset and the rest of the graph', () => {
  it('suggests translations, acronyms of 4+ letters and other legal forms of one brand', () => {
    const graph = [
      known('org:liege', 'University of Liège'),
      known('org:inria', 'Inria'),
      known('org:astrazeneca', 'AstraZeneca PLC'),
    ];
    expect(
      pairs(
        [
          item('1', 'UNIVERSITE DE LIEGE'),
          item('2', 'INSTITUT NATIONAL DE RECHERCHE EN INFORMATIQUE ET AUTOMATIQUE'),
          item('3', 'ASTRAZENECA AB'),
        ],
        graph,
      ).sort(),
    ).toEqual([
      'ASTRAZENECA AB ~ AstraZeneca PLC SAME_NAME',
      'INSTITUT NATIONAL DE RECHERCHE EN INFORMATIQUE ET AUTOMATIQUE ~ Inria ACRONYM',
      'UNIVERSITE DE LIEGE ~ University of Liège TRANSLATED',
    ]);
  });

  it('never pairs two of the dataset’s own records, nor a lone 3-letter acronym', () => {
    const graph = [known('org:ife', 'IFE')];
    expect(
      pairs(
        [
          item('1', 'ILE DE FRANCE EUROPE'),
          item('2', 'UNIVERSITE DE LIEGE'),
          item('3', 'UNIVERSITY OF LIEGE'),
        ],
        graph,
      ),
    ).toEqual([]);
  });
});
