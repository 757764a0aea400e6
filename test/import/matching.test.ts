import { describe, expect, it } from 'vitest';
import type { Judgement } from '../../src/identity/judgements.js';
import type { KnownEntity } from '../../src/import/pipeline/known.js';
import { organisationKey } from '../../src/model/names/normalise.js';
import { resolveNames, type SpellingStats } from '../../src/identity/resolve-names.js';
import { abbreviates, similarity } from '../../src/identity/similarity.js';
import { SubjectMatcher } from '../../src/import/ec-meetings/subjects.js';
import { suggest } from '../../src/identity/suggestions.js';

const org = (id: string, name: string, aliases: string[] = []): KnownEntity => ({
  id,
  label: 'Organisation',
  name,
  aliases,
  imported: false,
});
const stats = (...names: string[]) =>
  new Map<string, SpellingStats>(
    names.map((n) => [n, { rows: 1, officials: new Set(['A']), first: 'f:1' }]),
  );
const judged = (a: string, b: string, judgement: 'same' | 'different'): Judgement => ({
  a,
  b,
  judgement,
  reason: 'test',
  who: 'tester',
  when: '2025-11-01',
});
const KNOWN = [
  org('org:sanofi', 'Sanofi'),
  org('org:roche', 'Roche'),
  org('org:ku-leuven', 'KU Leuven'),
  org('org:dassault-systemes', 'Dassault Systèmes'),
];
const NAMES = stats(
  'SANOFI',
  'F. Hoffmann-La Roche Ltd',
  'Katholieke Universiteit te Leuven',
  'DASSAULT AVIATION',
  'Dassault Systèmes',
  'Siemens AG',
  'Siemens Energy AG',
  'Siemens Healthineers AG',
  'APG Groep N.V.',
  'APG Groep NV',
);

describe('organisation resolution', () => {
  const r = resolveNames(NAMES, KNOWN, [], organisationKey, 'org');
  const idOf = (s: string) => r.bySpelling.get(s)?.id;

  it('links exact matches after normalisation, and joins equal keys', () => {
    expect(idOf('SANOFI')).toBe('org:sanofi');
    expect(r.bySpelling.get('SANOFI')?.how).toBe('exact');
    expect(idOf('Dassault Systèmes')).toBe('org:dassault-systemes');
    expect(idOf('APG Groep N.V.')).toBe(idOf('APG Groep NV'));
  });

  it('never merges look-alikes or brand vs legal names', () => {
    expect(idOf('F. Hoffmann-La Roche Ltd')).not.toBe('org:roche');
    expect(idOf('Katholieke Universiteit te Leuven')).not.toBe('org:ku-leuven');
    expect(idOf('DASSAULT AVIATION')).not.toBe('org:dassault-systemes');
    const siemens = ['Siemens AG', 'Siemens Energy AG', 'Siemens Healthineers AG'].map(idOf);
    expect(new Set(siemens).size).toBe(3);
  });

  it('suggests the close ones, with evidence, and not the unrelated', () => {
    const s = suggest('Organisation', r.entities, KNOWN, [], organisationKey, 'register row');
    const pairs = s.map((x) => [x.leftName, x.rightName].sort().join(' ~ '));
    expect(pairs).toContain('F. Hoffmann-La Roche Ltd ~ Roche');
    expect(pairs).toContain('KU Leuven ~ Katholieke Universiteit te Leuven');
    expect(pairs).toContain('Siemens AG ~ Siemens Energy AG');
    expect(pairs.some((p) => p.includes('DASSAULT AVIATION'))).toBe(false);
    expect(s[0]!.evidence).toMatch(/register row/);
  });

  it('applies judgements: same links, different splits and silences the suggestion', () => {
    const judgements = [
      judged('F. Hoffmann-La Roche Ltd', 'org:roche', 'same'),
      judged('Siemens AG', 'Siemens Energy AG', 'different'),
      judged('APG Groep N.V.', 'APG Groep NV', 'different'),
    ];
    const j = resolveNames(NAMES, KNOWN, judgements, organisationKey, 'org');
    expect(j.bySpelling.get('F. Hoffmann-La Roche Ltd')?.id).toBe('org:roche');
    expect(j.bySpelling.get('F. Hoffmann-La Roche Ltd')?.how).toBe('judgement');
    expect(j.bySpelling.get('APG Groep N.V.')?.id).not.toBe(j.bySpelling.get('APG Groep NV')?.id);
    const s = suggest(
      'Organisation',
      j.entities,
      KNOWN,
      judgements,
      organisationKey,
      'register row',
    );
    const pairs = s.map((x) => [x.leftName, x.rightName].sort().join(' ~ '));
    expect(pairs).not.toContain('Siemens AG ~ Siemens Energy AG');
    expect(pairs).not.toContain('F. Hoffmann-La Roche Ltd ~ Roche');
  });

  it('a same contradicting a different is not applied', () => {
    const j = resolveNames(
      NAMES,
      KNOWN,
      [
        judged('Siemens AG', 'Siemens Energy AG', 'different'),
        judged('Siemens Energy AG', 'Siemens AG', 'same'),
      ],
      organisationKey,
      'org',
    );
    expect(j.bySpelling.get('Siemens AG')?.id).not.toBe(j.bySpelling.get('Siemens Energy AG')?.id);
    expect(j.conflicts).toHaveLength(1);
  });
});

describe('similarity rules', () => {
  it('acronyms and abbreviations', () => {
    expect(abbreviates('ku leuven', 'katholieke universiteit te leuven')).toBe(true);
    expect(
      abbreviates('efpia', 'european federation of pharmaceutical industries and associations'),
    ).toBe(true);
    expect(similarity('bp', 'bnp paribas')).toBeUndefined();
  });
  it('spelling variants and containment', () => {
    expect(similarity('business europe', 'businesseurope')?.reason).toBe('SIMILAR_SPELLING');
    // Two letters swapped are one edit (the kernel's edit distance counts a transposition once).
    expect(similarity('ghent universtiy', 'ghent university')?.reason).toBe('SIMILAR_SPELLING');
    expect(similarity('ghent universtiy', 'ghent univ')).toBeUndefined();
    expect(similarity('roche', 'f hoffmann la roche')?.reason).toBe('CONTAINED');
    expect(similarity('dassault aviation', 'dassault systemes')).toBeUndefined();
    expect(
      similarity('european society of cardiology', 'european society of radiology'),
    ).toBeUndefined();
  });
});

describe('subject links', () => {
  const matcher = new SubjectMatcher([
    {
      id: 'initiative:ehds',
      label: 'Initiative',
      name: 'European Health Data Space',
      aliases: ['Health Data Space'],
      acronym: 'EHDS',
      imported: false,
    },
    { id: 'topic:health-data', label: 'Topic', name: 'health data', aliases: [], imported: false },
    {
      id: 'initiative:vht',
      label: 'Initiative',
      name: 'Virtual Human Twins',
      aliases: [],
      acronym: 'VHT',
      imported: false,
    },
  ]);
  const ids = (s: string) => matcher.match(s).map((l) => l.id);

  it('names, aliases and acronyms, whole words, any case; the longest spelling wins', () => {
    expect(ids('Presentation of the state of play on EHDS (European Health Data Space).')).toEqual([
      'initiative:ehds',
    ]);
    expect(ids('health data space')).toEqual(['initiative:ehds']);
    expect(ids('ehds implementation')).toEqual(['initiative:ehds']);
    expect(ids('Secondary use of health data')).toEqual(['topic:health-data']);
  });
  it('nothing for partial words or unknown policies', () => {
    expect(ids('EHDSX and vhts')).toEqual([]);
    expect(ids('AI Act')).toEqual([]);
  });
});
