import { describe, expect, it } from 'vitest';
import { buildGazetteer, type KnownEntity } from '../../src/draft/gazetteer.js';
import { findKnown } from '../../src/draft/known-matches.js';
import { tokenize } from '../../src/draft/tokens.js';
import { articleDrafter } from './draft-of.js';
import { DraftBuilder } from '../../src/draft/draft-builder.js';
import { findIntroduced } from '../../src/draft/introduced.js';
import { noteUncertain } from '../../src/draft/name-checks.js';
import { withIntroduced } from '../../src/draft/with-introduced.js';

// Names a dataset import created (CORDIS, the meetings register) come as their source wrote them:
// short names that are ordinary words, titles, places or acronyms shared by many. A draft finds
// them more carefully than a curator's names (issue 22, drafting against a graph with datasets).

const dataset = (id: string, name: string, aliases: string[] = []): KnownEntity => ({
  id,
  label: id.startsWith('project:') ? 'Project' : 'Organisation',
  name,
  aliases,
  fromDataset: true,
});
const curated = (id: string, name: string, aliases: string[] = []): KnownEntity => ({
  id,
  label: 'Organisation',
  name,
  aliases,
});

const found = (entities: KnownEntity[], text: string) =>
  findKnown(text, tokenize(text), buildGazetteer(entities)).map(
    (m) => `${m.entity.id}=${m.written}`,
  );

describe('names from datasets in a draft', () => {
  it('a short name that is a generic word, a title, a place or a common abbreviation is not looked for', () => {
    const entities = [
      dataset('org:morava-tech-university', 'MORAVA TECHNICAL UNIVERSITY', ['University']),
      dataset('org:nordlys-research', 'NORDLYS RESEARCH CENTRE LTD', ['Executive Director']),
      dataset('org:ceo-energia', 'CEO - COMPANHIA DE ENERGIA DO NORTE SA', ['CEO']),
      dataset('org:tour-europe', 'TOUR EUROPE SA', ['EU']),
      dataset('org:gemeente-utrecht', 'GEMEENTE UTRECHT', ['UTRECHT']),
    ];
    const text =
      'The CEO of the University, Executive Director Anna Berg, said in Utrecht that the EU agrees.';
    expect(found(entities, text)).toEqual([]);
    expect(found(entities, 'Morava Technical University and Gemeente Utrecht signed.')).toEqual([
      'org:morava-tech-university=Morava Technical University',
      'org:gemeente-utrecht=Gemeente Utrecht',
    ]);
  });

  it('an acronym counts only in capitals and when one entity alone has it', () => {
    const entities = [
      dataset('project:harbour-1', 'HARBOUR', ['Harbour data for ports']),
      dataset('project:harbour-2', 'HARBOUR', ['Health and rare disease outcomes']),
      dataset('org:kvalix', 'KVALITETSINSTITUTTET FOR HELSE', ['KVX']),
    ];
    expect(found(entities, 'HARBOUR and KVX met; the harbour and Kvx did not.')).toEqual([
      'org:kvalix=KVX',
    ]);
  });

  it('no typo is forgiven in a dataset’s name, as it is in a curator’s', () => {
    const text = 'Fjelheim Klinikk and Solberg Instituttet joined.';
    expect(
      found(
        [
          dataset('org:fjellheim', 'FJELLHEIM KLINIKK'),
          curated('org:solberg', 'Solbergh Instituttet'),
        ],
        text,
      ),
    ).toEqual(['org:solberg=Solberg Instituttet']);
  });

  it('a dataset’s name inside a longer name is not that organisation', () => {
    const entities = [
      dataset('org:chrn', 'CENTRE HOSPITALIER REGIONAL DE NORDVILLE', ['CHRN']),
      dataset('org:quorvia', 'QUORVIA DATA', []),
      dataset('org:aokx', 'AOKX RHEINTAL - DIE KASSE', ['AOKX']),
    ];
    const text =
      'CHRN de Sudville, Quorvia Data Health and the AOKX-Bundesverband met; the CHRN and Quorvia Data did too.';
    expect(found(entities, text)).toEqual(['org:chrn=CHRN', 'org:quorvia=Quorvia Data']);
  });

  it('a curator’s entity is preferred to a dataset’s of the same name; "THE …" is found without it', () => {
    const entities = [
      dataset('org:nordic-imaging-cordis', 'NORDIC IMAGING INSTITUTE'),
      curated('org:nordic-imaging', 'Nordic Imaging Institute'),
      dataset('org:baltic-medicines', 'THE BALTIC MEDICINES AGENCY'),
    ];
    const text = 'The Nordic Imaging Institute and the Baltic Medicines Agency agreed.';
    expect(found(entities, text)).toEqual([
      'org:nordic-imaging=Nordic Imaging Institute',
      'org:baltic-medicines=Baltic Medicines Agency',
    ]);
  });

  it('an acronym the text introduces is the text’s, before and after, not a dataset’s', async () => {
    const { draftOf } = articleDrafter('pg-draft-dataset-acronym-', [
      dataset('org:nordisk-data-akademi', 'NORDISK DATA AKADEMI', ['NDA']),
    ]);
    const seed = await draftOf(
      [
        'NDA opens its doors',
        '',
        'Aarhus, 3 March 2026 – The Danish Nordhavn Data Agency (NDA) today opened its office. Mette Holm, Chief Executive of the NDA, welcomed the guests.',
      ].join('\n'),
    );
    // (the draft names the other "NDA" in a check comment, and refers to it nowhere)
    expect(seed.yaml).not.toMatch(/(?:ref|to|from): org:nordisk-data-akademi/);
    expect(seed.yaml).toContain('"NDA" is also NORDISK DATA AKADEMI');
    expect(seed.entities.find((e) => e.acronym === 'NDA')?.name).toBe('Nordhavn Data Agency');
    expect(seed.relationships).toContainEqual(
      expect.objectContaining({
        from: 'person:mette-holm',
        type: 'HOLDS_ROLE',
        to: 'org:nordhavn-data-agency',
      }),
    );
  });

  it('a job title after, a nationality or a sentence’s first word before are no longer name', () => {
    const entities = [
      dataset('org:ecbx', 'EUROPEAN CENTRAL BANKING AUTHORITY', ['ECBA']),
      dataset('org:cnrsx', 'CENTRE NATIONAL DE RECHERCHE SCIENTIFIQUE AVANCEE', ['CNRSA']),
      dataset('org:insx', 'INSTITUT NATIONAL DE SANTE AVANCEE', ['INSA']),
    ];
    const text =
      'ECBA President Maria Lind spoke. The French CNRSA agreed. Both INSA and CNRSA 2026 attended.';
    expect(found(entities, text)).toEqual([
      'org:ecbx=ECBA',
      'org:cnrsx=CNRSA',
      'org:insx=INSA',
      'org:cnrsx=CNRSA',
    ]);
  });

  it('not a heading in capitals, a dateline’s city, a phrase in small letters, a name shared without its legal form', () => {
    const entities = [
      dataset('project:trustx', 'TRUSTX', ['Trusted twins']),
      dataset('org:lundx', 'LUNDX KOMMUN', ['LUNDX']),
      dataset('org:sustainable-energy', 'SUSTAINABLE ENERGY AS'),
      dataset('org:nordmobil-gmbh', 'NORDMOBIL SYSTEMS GMBH'),
      dataset('org:nordmobil-ltd', 'NORDMOBIL SYSTEMS LTD'),
    ];
    const text = [
      '3. TRUSTX AND THE CLINIC',
      'LUNDX, Sweden, 4 May 2026 – Sustainable energy for hospitals came up. Nordmobil Systems said so; Nordmobil Systems GmbH agreed.',
    ].join('\n');
    expect(found(entities, text)).toEqual(['org:nordmobil-gmbh=Nordmobil Systems GmbH']);
  });

  it('the text’s own "Full Name (ACR)" finds that entity by an acronym other dataset entities share', () => {
    const entities = [
      dataset('org:stroke-alliance', 'STROKE ALLIANCE FOR NORDIC EUROPE', ['SANE']),
      dataset('project:sane', 'SANE', ['Secure analytics for networked energy']),
    ];
    const text = 'The Stroke Alliance for Nordic Europe (SANE) met. SANE president Jon Berg spoke.';
    const tokens = tokenize(text);
    const gaz = buildGazetteer(entities);
    const builder = new DraftBuilder(gaz.ids);
    const own = withIntroduced(gaz, findIntroduced(text, tokens), builder);
    expect(findKnown(text, tokens, own).map((m) => `${m.entity.id}=${m.written}`)).toEqual([
      'org:stroke-alliance=Stroke Alliance for Nordic Europe',
      'org:stroke-alliance=SANE',
      'org:stroke-alliance=SANE',
    ]);
  });

  it('a short form only a dataset gives is found with a check for the curator', () => {
    const text = 'The KVX team agreed.';
    const gaz = buildGazetteer([dataset('org:kvx', 'KVALITET OG VEKST AS', ['KVX'])]);
    const [m] = findKnown(text, tokenize(text), gaz);
    const builder = new DraftBuilder(gaz.ids);
    const entity = builder.refer(m!.entity, m!.written);
    noteUncertain(entity, m!);
    expect(entity.checks.join(' ')).toContain('a short form only a dataset gives');
  });

  it('a spelling one entity has as its name and another as an alias is the first’s', () => {
    const entities = [
      dataset('org:nordvest-ag', 'NORDVEST HEALTHCARE AG'),
      dataset('org:nordvest-dk', 'NORDVEST HEALTHCARE DANMARK APS', ['Nordvest Healthcare']),
    ];
    expect(found(entities, 'We met Nordvest Healthcare in May.')).toEqual([
      'org:nordvest-ag=Nordvest Healthcare',
    ]);
  });

  it('a company’s one-word name without its legal form, when hardly any other name has that word', () => {
    const entities = [
      dataset('org:sanovira', 'SANOVIRA SA'),
      dataset('org:digitalis', 'DIGITALIS SA'),
      dataset('org:digitalis-labs', 'DIGITALIS LABS GMBH'),
      dataset('org:digitalis-health', 'DIGITALIS HEALTH OY'),
    ];
    const text = 'The hospital signed with Sanovira and Digitalis. Sanovira opens a sentence here.';
    expect(found(entities, text)).toEqual(['org:sanovira=Sanovira']);
  });

  it('a short name of words many names have is no name of its own ("Open Science"); one with a rare word is', () => {
    const many = Array.from({ length: 31 }, (_, k) =>
      dataset(`org:open-science-${k}`, `OPEN SCIENCE CENTRE ${k}`),
    );
    const entities = [
      ...many,
      dataset('org:osld', 'OPEN SCIENCE LEBENSDIALOG EV', ['Open Science']),
      dataset('org:vaskor', 'VASKOR OPEN SCIENCE INSTITUTE', ['Vaskor Science']),
    ];
    const text = 'Open Science remains the default. Vaskor Science agreed.';
    expect(found(entities, text)).toEqual(['org:vaskor=Vaskor Science']);
  });
});
