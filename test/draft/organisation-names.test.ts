import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Organisations' names in other languages and places (issue 22, round 8).

const { draftOf } = articleDrafter('pg-draft-org-names-');

describe('organisation names', () => {
  it('keeps Spanish and Catalan connectors inside a name, ends a name before "in <city>", and drops a press office', async () => {
    const seed = await draftOf(
      [
        'Partners named',
        '',
        'On 3 March 2026 the Fundació Pere Vilalta i Soler and the Asociación de Pacientes con Insuficiencia Cardíaca (APIC) met at a roundtable in the European Parliament in Brussels on AI in healthcare, said Núria Castells-Vidal of APIC.',
        '',
        'Media contact: Press Office, Hospital Universitari Sant Bernat',
      ].join('\n'),
    );
    const orgs = seed.names('org:');
    expect(orgs).toEqual(
      expect.arrayContaining([
        'Fundació Pere Vilalta i Soler',
        'Asociación de Pacientes con Insuficiencia Cardíaca',
      ]),
    );
    expect(orgs.join('|')).not.toMatch(/Press Office|in Brussels/);
    expect(seed.names('person:')).toEqual(['Núria Castells-Vidal']);
  });

  it('reads "ACR (Full Name), a … project" as a project, and a surname after a full name as that person', async () => {
    const seed = await draftOf(
      'Project news\n\nDr Sigrún Þórsdóttir described SAFE-AID (Safety Assessment Framework for AI Diagnostics), a €5.4 million Horizon Europe project, on 10 February 2026. EPDF president Kateřina Nováková-Bauer agreed. "We are asking for a chair at the table," Nováková-Bauer said.\n',
    );
    expect(seed.entities.find((e) => e.id.startsWith('project:'))).toMatchObject({
      name: 'Safety Assessment Framework for AI Diagnostics',
      acronym: 'SAFE-AID',
    });
    expect(seed.names('person:').sort()).toEqual(['Kateřina Nováková-Bauer', 'Sigrún Þórsdóttir']);
  });

  it('a generic unit of a named parent is named with it ("Faculty of Law, Uppsala University"), its short name an alias', async () => {
    const seed = await draftOf(
      [
        'Health data law clinic opens',
        '',
        'The clinic is run by Professor Ingrid Berg at Uppsala University’s Faculty of Law.',
      ].join('\n'),
    );
    const unit = seed.entities.find((e) => e.name === 'Faculty of Law, Uppsala University');
    expect(unit).toMatchObject({ kind: 'UNIT', aliases: ['Faculty of Law'] });
    expect(seed.relationships).toContainEqual(
      expect.objectContaining({ from: unit!.id, type: 'PART_OF', to: 'org:uppsala-university' }),
    );
    expect(seed.relationships).toContainEqual(
      expect.objectContaining({ from: 'person:ingrid-berg', type: 'HOLDS_ROLE', to: unit!.id }),
    );
  });

  it('a generic unit followed by its parent ("X from the Department of Y at Z", "X, of the …") is PART_OF it and named with it', async () => {
    const seed = await draftOf(
      [
        'Kidney models compared',
        '',
        'The comparison was led by Tove Lindahl from the Department of Nephrology at Aarhus University. Her colleague Mads Kjær, of the Faculty of Health, Aalborg University, reviewed it.',
      ].join('\n'),
    );
    const units = [
      ['Department of Nephrology, Aarhus University', 'org:aarhus-university', 'tove-lindahl'],
      ['Faculty of Health, Aalborg University', 'org:aalborg-university', 'mads-kjaer'],
    ];
    for (const [name, parent, person] of units) {
      const unit = seed.entities.find((e) => e.name === name);
      expect(unit, name).toMatchObject({ kind: 'UNIT' });
      expect(seed.relationships).toContainEqual(
        expect.objectContaining({ from: unit!.id, type: 'PART_OF', to: parent }),
      );
      expect(seed.relationships).toContainEqual(
        expect.objectContaining({ from: `person:${person}`, type: 'HOLDS_ROLE', to: unit!.id }),
      );
    }
  });

  it('keeps Italian and Catalan connectors ("delle", "per a la") inside a name; an acronym after "and" is another organisation', async () => {
    const seed = await draftOf(
      'Partners\n\nOn 3 March 2026 the Università degli Studi delle Langhe (UNILA) and the Fundació Pere per a la Salut Digital (FPSD) joined, with the University of Pavia and UNILA, said Dr Anna Berg.\n',
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining([
        'Università degli Studi delle Langhe',
        'Fundació Pere per a la Salut Digital',
        'University of Pavia',
      ]),
    );
  });

  it('"Full Name (ACR)": words the acronym leaves out stay in the name; no name is taken back over a comma', async () => {
    const seed = await draftOf(
      [
        'Agencies meet',
        '',
        'The European Rare Disease Data Agency (RDDA) and the Danish Health Data Authority (HDA) met the Danish Nordhavn Data Agency (NDA) on Monday.',
        'Panel: Dr Sofia Lind, Senior Adviser, Nordic Biobank Council (NBC)',
        'The Board of the Baltic Imaging Network (BIN) approved the plan.',
      ].join('\n'),
    );
    const orgs = seed.names('org:');
    expect(orgs).toEqual(
      expect.arrayContaining([
        'European Rare Disease Data Agency',
        'Danish Health Data Authority',
        'Nordhavn Data Agency',
        'Nordic Biobank Council',
        'Baltic Imaging Network',
      ]),
    );
    expect(orgs.some((o) => o.includes('Sofia Lind') || o.startsWith('Board of'))).toBe(false);
  });

  it('"Ghent-based Synthelia Health": a name after "<City>-based" is an organisation', async () => {
    const seed = await draftOf(
      [
        'Industry moves',
        '',
        'Ghent-based Cohortix Health has hired Dr Eva Mertens as Chief Executive Officer.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toContain('Cohortix Health');
  });

  it('take no person\'s name into an organisation\'s over the comma of a title ("X, Director-General of Y (…, ACR)")', async () => {
    const seed = await draftOf(
      'The Board elected Dr Lotte Brinkhorst-Ahn, Director-General of the Dutch Health Data Access Authority (Autoriteit Gezondheidsdata, AGD), as co-chair.',
    );
    expect(seed.names('person:')).toContain('Lotte Brinkhorst-Ahn');
    expect(seed.names('org:')).toContain('Dutch Health Data Access Authority');
    expect(seed.names('org:').filter((n) => /Ahn|Director/.test(n))).toEqual([]);
  });

  it('"(P4DHE)" spells "Patients for Digital Health Europe"; "from Findata, the Finnish … Authority" is one body', async () => {
    const seed = await draftOf(
      [
        'Patients for Digital Health Europe (P4DHE) is a non-profit association, said Dr Ana Costa.',
        'The webinar had speakers from Findata, the Finnish Social and Health Data Permit Authority.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toContain('Patients for Digital Health Europe');
    const permits = seed.entities.find(
      (e) => e.name === 'Finnish Social and Health Data Permit Authority',
    );
    expect(permits?.aliases).toEqual(['Findata']);
  });

  it('ends a name at its legal form before a full stop ("TwinCare ApS. Places …"), not "GmbH & Co. KG"', async () => {
    const seed = await draftOf(
      'Dr Ana Costa, chief medical officer of Copenhagen-based TwinCare ApS. Places are capped at 250. The fund, Bayerische Gesundheitsinvest GmbH & Co. KG, invested.',
    );
    expect(seed.names('org:')).toContain('TwinCare ApS');
    expect(seed.names('org:')).not.toContain('TwinCare ApS. Places');
  });

  it('reads "the student team X of Graz University of Technology" as the university, not one name', async () => {
    const seed = await draftOf(
      'With the student team TwinKids of Graz University of Technology, said Dr Ana Costa.',
    );
    expect(seed.names('org:')).toContain('Graz University of Technology');
    expect(seed.names('org:')).not.toContain('TwinKids of Graz University of Technology');
  });
});
