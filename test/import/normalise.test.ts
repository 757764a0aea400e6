import { describe, expect, it } from 'vitest';
import { meetingId, meetingKey } from '../../src/import/ec-meetings/meeting-key.js';
import {
  normaliseText,
  organisationKey,
  parseRegisterDate,
  personKey,
} from '../../src/model/names/normalise.js';

describe('normal forms', () => {
  it('text: case, accents, punctuation and spaces', () => {
    expect(normaliseText('  Dassault   Systèmes!')).toBe('dassault systemes');
    expect(normaliseText('Søren Ærø–Łódź')).toBe('soren aero lodz');
    expect(personKey('Maroš Šefčovič ')).toBe(personKey('Maros Sefcovic'));
  });

  it('organisations: legal-form words are dropped at the end only', () => {
    expect(organisationKey('CaixaBank, S.A.')).toBe('caixabank');
    expect(organisationKey('Enel S.p.A.')).toBe('enel');
    expect(organisationKey('Verband e. V.')).toBe('verband');
    expect(organisationKey('Novo Nordisk A/S')).toBe('novo nordisk');
    expect(organisationKey('Robert Bosch GmbH')).toBe('robert bosch');
    expect(organisationKey('Bertelsmann SE & Co. KGaA')).toBe('bertelsmann');
    expect(organisationKey('BusinessEurope aisbl')).toBe('businesseurope');
    expect(organisationKey('APG Groep N.V.')).toBe(organisationKey('APG Groep NV'));
    expect(organisationKey('SANOFI')).toBe(organisationKey('Sanofi'));
    expect(organisationKey('AG Insurance')).toBe('ag insurance');
    expect(organisationKey('SE')).toBe('se');
  });

  it('look-alikes keep different keys', () => {
    const keys = ['Siemens AG', 'Siemens Energy AG', 'Siemens Healthineers AG'].map(
      organisationKey,
    );
    expect(new Set(keys).size).toBe(3);
    expect(organisationKey('DASSAULT AVIATION')).not.toBe(organisationKey('Dassault Systèmes'));
  });

  it('dates: dd/mm/yyyy and a real calendar day only', () => {
    expect(parseRegisterDate('16/06/2023')).toBe('2023-06-16');
    expect(parseRegisterDate('29/02/2020')).toBe('2020-02-29');
    for (const bad of [
      '31/02/2020',
      '29/02/2021',
      '2020-02-01',
      '1/2/2020',
      '00/01/2020',
      '12/13/2020',
      '',
    ])
      expect(parseRegisterDate(bad), bad).toBeUndefined();
  });
});

describe('meeting key', () => {
  it('ignores the official, case, legal forms, order of organisations and spacing of the subject', () => {
    const a = meetingKey('2023-06-16', ['CaixaBank, S.A.', 'Orange'], 'Current  issues, of law');
    const b = meetingKey('2023-06-16', ['ORANGE', 'Caixabank SA'], 'current issues of law');
    expect(a).toBe(b);
    expect(meetingId(a)).toMatch(/^event:meeting-2023-06-16-[0-9a-f]{12}$/);
  });

  it('keeps apart meetings that differ in date, organisations or subject', () => {
    const base = meetingKey('2023-06-16', ['Orange'], 'law');
    expect(meetingKey('2023-06-17', ['Orange'], 'law')).not.toBe(base);
    expect(meetingKey('2023-06-16', ['Orange Belgium'], 'law')).not.toBe(base);
    expect(meetingKey('2023-06-16', ['Orange'], 'tax')).not.toBe(base);
  });
});
