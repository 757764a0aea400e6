/**
 * The relationship fields of each GraphQL type (graphql/*.graphql): which field carries which
 * relationship type in which direction, its properties type and what can be at the other end.
 * The side panel reads every one of them with `<field>Connection` to show provenance per edge.
 * test/graphql/model.test.ts checks this table against the SDL, and the SDL against the model.
 */
export type PropsType =
  'Provenance' | 'HoldsRole' | 'SpokeAt' | 'Attended' | 'Funding' | 'Mention' | 'Participation';

export interface RelationshipField {
  readonly field: string;
  readonly type: string;
  readonly out: boolean;
  readonly props: PropsType;
  readonly targets: readonly string[];
  readonly title: string;
}

const r = (
  field: string,
  type: string,
  out: boolean,
  targets: string[],
  title: string,
  props: PropsType = 'Provenance',
): RelationshipField => ({ field, type, out, props, targets, title });

const mentioned = r('mentionedIn', 'MENTIONED_IN', true, ['Document'], 'Mentioned in', 'Mention');

export const relationshipFields: Readonly<Record<string, readonly RelationshipField[]>> = {
  Person: [
    r('roles', 'HOLDS_ROLE', true, ['Organisation', 'Project'], 'Roles', 'HoldsRole'),
    r('spokeAt', 'SPOKE_AT', true, ['Event'], 'Spoke at', 'SpokeAt'),
    r('statements', 'MADE_BY', false, ['Statement'], 'Statements'),
    r('meetings', 'ATTENDED', true, ['Event'], 'Meetings held', 'Attended'),
    mentioned,
  ],
  Organisation: [
    r('members', 'HOLDS_ROLE', false, ['Person'], 'People (roles)', 'HoldsRole'),
    r('partOf', 'PART_OF', true, ['Organisation'], 'Part of'),
    r('units', 'PART_OF', false, ['Organisation'], 'Units'),
    r('hostedEvents', 'HOSTED_BY', false, ['Event'], 'Hosted events'),
    r('funds', 'FUNDED_BY', false, ['Initiative', 'Project'], 'Funds', 'Funding'),
    r('leads', 'LED_BY', false, ['Initiative'], 'Leads'),
    r('coordinates', 'COORDINATED_BY', false, ['Project'], 'Coordinates'),
    r(
      'participatesIn',
      'PARTICIPATES_IN',
      true,
      ['Project', 'Event'],
      'Takes part in',
      'Participation',
    ),
    r('documents', 'PRODUCED_BY', false, ['Document'], 'Documents produced'),
    r('meetings', 'MET_AT', true, ['Event'], 'Meetings with officials'),
    mentioned,
  ],
  Initiative: [
    r('statements', 'ABOUT', false, ['Statement'], 'Statements'),
    r('alignedWith', 'ALIGNED_WITH', true, ['Initiative'], 'Aligned with'),
    r('alignedFrom', 'ALIGNED_WITH', false, ['Initiative'], 'Aligned from'),
    r('relatesTo', 'RELATES_TO', true, ['Initiative', 'Project'], 'Relates to'),
    r('relatedFrom', 'RELATES_TO', false, ['Initiative', 'Project'], 'Related from'),
    r('fundedBy', 'FUNDED_BY', true, ['Organisation', 'Initiative'], 'Funded by', 'Funding'),
    r('funds', 'FUNDED_BY', false, ['Initiative', 'Project'], 'Funds', 'Funding'),
    r('ledBy', 'LED_BY', true, ['Organisation'], 'Led by'),
    r('projects', 'CONTRIBUTES_TO', false, ['Project'], 'Projects'),
    r('events', 'ABOUT', false, ['Event'], 'Events'),
    r('documents', 'ABOUT', false, ['Document'], 'Documents about it'),
    mentioned,
  ],
  Project: [
    r('statements', 'ABOUT', false, ['Statement'], 'Statements'),
    r('contributesTo', 'CONTRIBUTES_TO', true, ['Initiative'], 'Contributes to'),
    r('fundedBy', 'FUNDED_BY', true, ['Organisation', 'Initiative'], 'Funded by', 'Funding'),
    r('relatesTo', 'RELATES_TO', true, ['Initiative', 'Project'], 'Relates to'),
    r('relatedFrom', 'RELATES_TO', false, ['Initiative', 'Project'], 'Related from'),
    r('coordinatedBy', 'COORDINATED_BY', true, ['Organisation'], 'Coordinated by'),
    r('partOf', 'PART_OF', true, ['Organisation'], 'Part of'),
    r('participants', 'PARTICIPATES_IN', false, ['Organisation'], 'Participants', 'Participation'),
    r('members', 'HOLDS_ROLE', false, ['Person'], 'People (roles)', 'HoldsRole'),
    r('documents', 'PRODUCED_BY', false, ['Document'], 'Documents produced'),
    mentioned,
  ],
  Event: [
    r('speakers', 'SPOKE_AT', false, ['Person'], 'Speakers', 'SpokeAt'),
    r('participants', 'PARTICIPATES_IN', false, ['Organisation'], 'Took part', 'Participation'),
    r('statements', 'MADE_AT', false, ['Statement'], 'Statements'),
    r('hostedBy', 'HOSTED_BY', true, ['Organisation'], 'Hosted by'),
    r('about', 'ABOUT', true, ['Initiative', 'Topic', 'Project', 'Organisation', 'Event'], 'About'),
    r('documents', 'PRESENTED_AT', false, ['Document'], 'Documents presented'),
    r('officials', 'ATTENDED', false, ['Person'], 'Officials', 'Attended'),
    r('organisations', 'MET_AT', false, ['Organisation'], 'Organisations met'),
    mentioned,
  ],
  Statement: [
    r('madeBy', 'MADE_BY', true, ['Person'], 'Made by'),
    r('madeAt', 'MADE_AT', true, ['Event'], 'Made at'),
    r('about', 'ABOUT', true, ['Initiative', 'Topic', 'Project', 'Organisation', 'Event'], 'About'),
    mentioned,
  ],
  Document: [
    r('producedBy', 'PRODUCED_BY', true, ['Project', 'Organisation'], 'Produced by'),
    r('presentedAt', 'PRESENTED_AT', true, ['Event'], 'Presented at'),
    r('about', 'ABOUT', true, ['Initiative', 'Topic', 'Project', 'Organisation', 'Event'], 'About'),
    r(
      'mentions',
      'MENTIONED_IN',
      false,
      ['Person', 'Organisation', 'Initiative', 'Project', 'Event', 'Statement', 'Topic'],
      'Mentions',
      'Mention',
    ),
    mentioned,
  ],
  Topic: [
    r('statements', 'ABOUT', false, ['Statement'], 'Statements'),
    r('events', 'ABOUT', false, ['Event'], 'Events'),
    r('documents', 'ABOUT', false, ['Document'], 'Documents about it'),
    mentioned,
  ],
};

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

export const propertyFields: Readonly<Record<PropsType, string>> = {
  Provenance: 'sources evidence',
  HoldsRole: 'title since until sources evidence',
  SpokeAt: 'capacity sources evidence',
  Attended: 'capacity sources evidence',
  Funding: 'amountEur sources evidence',
  Mention: 'asWritten quote sources evidence',
  Participation: 'role sources evidence',
};
