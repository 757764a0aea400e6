import { PROPERTY_FIELDS, RELATIONSHIP_TABLE } from './relationship-table.generated.js';

/**
 * The relationship fields of each GraphQL type: which field carries which relationship type in
 * which direction, its properties type and what can be at the other end, generated from the SDL
 * (relationship-table.generated.ts; the SDL is checked against the model), with the panel's titles.
 * The side panel reads every one of them with `<field>Connection` to show provenance per edge.
 */
type Table = typeof RELATIONSHIP_TABLE;
export type PropsType = Table[keyof Table][number]['props'];

export interface RelationshipField {
  readonly field: string;
  readonly type: string;
  readonly out: boolean;
  readonly props: PropsType;
  readonly targets: readonly string[];
  readonly title: string;
}

/** Panel titles that say more than the field's name ("Meetings held", not "Meetings"). */
const TITLES: Readonly<Record<string, string>> = {
  'Person.meetings': 'Meetings held',
  'Organisation.meetings': 'Meetings with officials',
  'Organisation.members': 'People (roles)',
  'Project.members': 'People (roles)',
  'Organisation.participatesIn': 'Takes part in',
  'Organisation.documents': 'Documents produced',
  'Project.documents': 'Documents produced',
  'Initiative.documents': 'Documents about it',
  'Topic.documents': 'Documents about it',
  'Event.documents': 'Documents presented',
  'Event.participants': 'Took part',
  'Event.organisations': 'Organisations met',
};

/** "participatesIn" → "Participates in". */
const sentence = (field: string): string => {
  const words = field.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const relationshipFields: Readonly<Record<string, readonly RelationshipField[]>> =
  Object.fromEntries(
    Object.entries(RELATIONSHIP_TABLE).map(([owner, fields]) => [
      owner,
      fields.map((f) => ({ ...f, title: TITLES[`${owner}.${f.field}`] ?? sentence(f.field) })),
    ]),
  );

export const rootFields: Readonly<Record<string, string>> = {
  Person: 'people',
  Organisation: 'organisations',
  Initiative: 'initiatives',
  Project: 'projects',
  Event: 'events',
  Document: 'documents',
  Statement: 'statements',
  Topic: 'topics',
};

/** Figures with their qualifier, shown as "more than 76 signatories". */
const QUANTITIES = 'quantities { counts value qualifier sources preferred }';

export const scalarFields: Readonly<Record<string, string>> = {
  Person: 'description aliases wikidata',
  Organisation: 'description acronym kind aliases wikidata ror',
  Initiative: 'description acronym kind aliases wikidata launched budgetEur',
  Project:
    'description acronym aliases wikidata cordisGrant programme grantId start end fundingEur',
  Event: `description aliases wikidata date endDate venue city country kind location subject ${QUANTITIES}`,
  Document: `description title aliases kind published url publisher repository licence sha256 ${QUANTITIES}`,
  Statement: 'description text quoted date',
  Topic: 'description aliases wikidata',
};

export const propertyFields: Readonly<Record<PropsType, string>> = PROPERTY_FIELDS;
