import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A Directorate-General written in full with its code (blind round 57, issue 22).

const { draftOf, role } = articleDrafter('pg-draft-directorates-general-');

describe('a Directorate-General named in full', () => {
  it('is one organisation with its code, however its code is spelt ("… (DG RTD)")', async () => {
    const seed = await draftOf(
      'The Info Day is organised by HaDEA and the Directorate-General for Research and Innovation (DG RTD), said Dr Ana Costa.',
    );
    const dgs = seed.entities.filter((e) => e.kind === 'DIRECTORATE_GENERAL');
    expect(dgs.map((e) => e.name)).toEqual(['Directorate-General for Research and Innovation']);
  });

  it('in a speakers list, is the role\'s organisation and no list makes "Policy Officer" one', async () => {
    const seed = await draftOf(
      'Speakers\n\nIoana Mărgărit – Policy Officer, Directorate-General for Research and Innovation (DG RTD), European Commission\n',
    );
    expect(seed.names('org:')).not.toContain('Policy Officer');
    const dg = seed.entities.find((e) => e.kind === 'DIRECTORATE_GENERAL')!;
    expect(role(seed, 'person:ioana-margarit', dg.id)?.title).toBe('Policy Officer');
  });
});

describe('a public service named by its head word "Service"', () => {
  it('is an organisation ("the Madrid Health Service (SERMAS)")', async () => {
    const seed = await draftOf(
      'The hospital belongs to the Madrid Health Service (SERMAS), said Dr Ana Costa.',
    );
    expect(seed.names('org:')).toContain('Madrid Health Service');
  });

  it('keeps its fields listed after a comma ("Federal Public Service Health, Food Chain Safety and Environment")', async () => {
    const seed = await draftOf(
      'She joins from the Federal Public Service Health, Food Chain Safety and Environment, where she was Director, said Dr Ana Costa.',
    );
    expect(seed.names('org:')).toEqual([
      'Federal Public Service Health, Food Chain Safety and Environment',
    ]);
  });
});

describe('a body named "of the" another, before its acronym', () => {
  it('is named whole when the acronym starts with its first letter ("Shared Services of the Ministry of Health (SPMS)")', async () => {
    const seed = await draftOf(
      "The summit was hosted by Portugal's Shared Services of the Ministry of Health (SPMS), said Dr Ana Costa.",
    );
    expect(seed.names('org:')).toEqual(['Shared Services of the Ministry of Health']);
  });
});
