import { describe, expect, it } from 'vitest';
import { articleDrafter, namesOf, events } from './draft-of.js';

// Shapes the held-out rounds 82–84 showed after they were scored once (issue 22).

const { draftOf } = articleDrafter('pg-draft-held-out-82-84-');

describe('held-out rounds 82–84', () => {
  it("keeps an assembly's ordinal, so this year's and next year's are two events", async () => {
    const seed = await draftOf(
      "Posted on 2 December 2025 by the Secretariat\n\nMembers met on Friday 28 November for the network's 5th General Assembly, held in Prague. The 6th General Assembly will take place in Lisbon on 11–12 June 2026, said Dr Ana Costa.",
    );
    expect(events(seed).map((e) => [e.name, e.date])).toEqual(
      expect.arrayContaining([
        ['5th General Assembly', '2025-11-28'],
        ['6th General Assembly', '2026-06-11'],
      ]),
    );
  });

  it('reads "European Commission - Speech" as the site and its section, no organisation', async () => {
    const seed = await draftOf(
      'European Commission - Speech\nPress corner > Speeches > SPEECH/26/140\n\nPrague, 12 March 2026\n\nSpeech by Dr Ana Costa at the opening of the Twin Days\n\nCheck against delivery\n\nDear friends, welcome.',
    );
    expect(namesOf(seed, 'org:')).not.toContainEqual(expect.stringMatching(/Speech/i));
  });

  it('names a memorandum with its subject ("of Understanding on …")', async () => {
    const seed = await draftOf(
      'Prague, 27 January 2026 – Czechia and Slovakia today signed a Memorandum of Understanding on Shared Cancer Registries, said Dr Ana Costa.',
    );
    expect(namesOf(seed, 'doc:')).toContain(
      'Memorandum of Understanding on Shared Cancer Registries',
    );
  });

  it('names a guidance with its legal frame ("… under the European Health Data Space")', async () => {
    const seed = await draftOf(
      "Prague, 12 March 2026 – This morning I am presenting the Commission's Guidance on Cancer Registries under the European Health Data Space, said Dr Ana Costa.",
    );
    expect(namesOf(seed, 'doc:')).toContain(
      'Guidance on Cancer Registries under the European Health Data Space',
    );
  });

  it('takes a list\'s "Name – Department of X" line for a person', async () => {
    const seed = await draftOf(
      'ERC Consolidator Grants 2025\n\nMałgorzata Wiśniewska – Department of Physics\nTWINFLOW – Models of blood flow\n€1,900,000\n\nZbyněk Hořejší – Department of Applied Mathematics\nLIVERMOD – Liver models\n€1,850,000',
    );
    expect(namesOf(seed, 'person:')).toEqual(
      expect.arrayContaining(['Małgorzata Wiśniewska', 'Zbyněk Hořejší']),
    );
  });

  it('reads no organisation in a photo\'s "Ministers A and B"', async () => {
    const seed = await draftOf(
      'Prague, 27 January 2026 – The ministers signed the memorandum, said Dr Ana Costa.\n\nPhoto: Ministers Radek Dvořák and Aino-Kaisa Lehtimäki after the signing.',
    );
    expect(namesOf(seed, 'org:')).toEqual([]);
  });

  it('reads "QUESTION (Name, Outlet):" as an asker and the outlet', async () => {
    const seed = await draftOf(
      'Transcript: press conference of Dr Ana Costa, Prague, 27 January 2026\n\nQUESTION (Jana Nováková, Radio Praha): When will it start?\nCOSTA: In March.\nQUESTION (Petr Svoboda, Lidové noviny): Who pays?\nCOSTA: The ministry.',
    );
    expect(namesOf(seed, 'person:')).toEqual(
      expect.arrayContaining(['Jana Nováková', 'Petr Svoboda']),
    );
    expect(namesOf(seed, 'org:')).toEqual(expect.arrayContaining(['Radio Praha']));
  });
});
