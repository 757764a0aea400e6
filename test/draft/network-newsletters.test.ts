import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A patient network's newsletter (working round 91, issue 22): the network's acronym, never
// bracketed, spells its name written in full; members' names in Spanish ("por la"); a board
// member named in small letters; "X, told EHFI" is no role there.

const { draftOf, role } = articleDrafter('pg-draft-network-newsletters-');

const NEWSLETTER = [
  'EPDHN NEWSLETTER · Issue 38 · December 2025',
  "European Patients' Digital Health Network",
  '',
  'By Marta Sousa Lindqvist, Policy Officer, EPDHN – 10 December 2025',
  '',
  'Spain – Alianza de Pacientes por la Salud Digital (APSD)',
  '"Two chairs are a start," said APSD coordinator José Ángel Ibáñez Ortega.',
  '',
  'The guide was downloaded 3,500 times, reports PDS board member Søren Kjærgaard.',
  '',
  "Agence Exemple's secretary-general, Matthias Oberhuber, told EPDHN the association will present its report.",
].join('\n');

describe('a network’s newsletter', () => {
  it('reads the network’s bare acronym as its name written in full', async () => {
    const seed = await draftOf(NEWSLETTER);
    const network = seed.entities.find(
      (e) => e.name === "European Patients' Digital Health Network",
    );
    expect(network?.acronym).toBe('EPDHN');
    expect(role(seed, 'person:marta-sousa-lindqvist', network!.id)?.title).toBe('Policy Officer');
    expect(role(seed, 'person:matthias-oberhuber', network!.id)).toBeUndefined();
  });

  it('reads a Spanish name with "por la" and a board member in small letters', async () => {
    const seed = await draftOf(NEWSLETTER);
    expect(seed.names('org:')).toContain('Alianza de Pacientes por la Salud Digital');
    expect(seed.names('person:')).toContain('Søren Kjærgaard');
  });
});
