import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A Commission expert group's minutes (blind round 57, issue 22): surnames in capitals, units by
// their codes, members by type.

const { draftOf } = articleDrafter('pg-draft-expert-group-minutes-');

const minutes = [
  'MINUTES',
  '',
  'Expert Group on Virtual Human Twins and Health Data (E03987)',
  'Convened by: European Commission, DG CNECT, Unit H.3',
  'Chair: Ms Saila RINNE, Head of Unit H.3 "AI in Health and Life Sciences"',
  '',
  'Members:',
  '- Portugal: Dr Marta QUINTELA ROCHA, Director for Secondary Use, Agência Nacional de Dados em Saúde (ANDS)',
  '- Dr Aoife BRENNAN (Type A member, appointed in a personal capacity)',
  '',
  'Observer: European Medicines Agency (EMA), Dr Pieter-Jan DE SMET, Methodology Workstream',
  '',
  'Point 5 – Regulatory science',
  'Dr De Smet outlined the approach. "We would rather see ten imperfect requests," he said.',
].join('\n');

describe("an expert group's minutes", () => {
  it('read a titled surname in capitals as a name, written as one', async () => {
    const seed = await draftOf(minutes);
    const people = seed.names('person:');
    expect(people).toEqual(
      expect.arrayContaining(['Marta Quintela Rocha', 'Aoife Brennan', 'Pieter-Jan De Smet']),
    );
    expect(people.filter((n) => /^(?:De Smet|Pieter-Jan)$/.test(n))).toEqual([]);
  });

  it('keep a surname\'s later particles small ("VAN DEN BROECK" → "Van den Broeck")', async () => {
    const seed = await draftOf(
      'Belgium: Mr Jonas VAN DEN BROECK, FPS Public Health, said Dr Ana Costa.',
    );
    expect(seed.names('person:')).toContain('Jonas Van den Broeck');
  });

  it('find the person again by a surname with its particle ("Dr De Smet … he said")', async () => {
    const seed = await draftOf(minutes);
    const quote = seed.relationships.find(
      (r) => r.type === 'MADE_BY' && r.to === 'person:pieter-jan-de-smet',
    );
    expect(quote).toBeDefined();
  });

  it('take no organisation from a member type, nor a unit name from the next line', async () => {
    const seed = await draftOf(minutes);
    const orgs = seed.names('org:');
    expect(orgs.filter((n) => /^(?:Type|Chair|Unit H\.3)$/.test(n))).toEqual([]);
    expect(orgs).toContain('Expert Group on Virtual Human Twins and Health Data');
    expect(orgs).toContain('AI in Health and Life Sciences');
  });

  it('end an organisation at a person\'s title ("X and Dr. Y of Z")', async () => {
    const seed = await draftOf(
      'Mentors included Pieter Vandenberghe and Dr. Ana Sofia Rebelo of Hospital Clínic, said Dr Ana Costa.',
    );
    expect(seed.names('person:')).toContain('Ana Sofia Rebelo');
    expect(seed.names('org:').filter((n) => /Vandenberghe/.test(n))).toEqual([]);
  });
});

describe("a plural's possessive inside a name", () => {
  it('keeps "Children\'s Hospital" whole ("at Pohjola Children\'s Hospital")', async () => {
    const seed = await draftOf(
      "Dr Tuomas Rintala, chief surgeon at Pohjola Children's Hospital, will lead the validation.",
    );
    expect(seed.names('org:')).toContain("Pohjola Children's Hospital");
  });
});

describe('a unit of "the university\'s"', () => {
  it('is PART_OF the university the text names, and named with it', async () => {
    const seed = await draftOf(
      "The kick-off takes place in Tartu, hosted by the university's Institute of Computer Science. The coordinator, Prof. Kadri Lepik of the University of Tartu, spoke.",
    );
    expect(seed.names('org:')).toContain('Institute of Computer Science, University of Tartu');
    const partOf = seed.relationships.find(
      (r) => r.type === 'PART_OF' && r.to === 'org:university-of-tartu',
    );
    expect(partOf).toBeDefined();
  });
});
