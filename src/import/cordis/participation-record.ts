import { RowIssueCode } from '../pipeline/issues.js';
import { categories, type Amount, type Bad } from './record-checks.js';
import { child, textOf, type XmlElement } from './xml-tree.js';

export type ParticipationRole =
  'COORDINATOR' | 'PARTICIPANT' | 'ASSOCIATED_PARTNER' | 'THIRD_PARTY';

const ROLES: Readonly<Record<string, ParticipationRole>> = {
  coordinator: 'COORDINATOR',
  participant: 'PARTICIPANT',
  associatedPartner: 'ASSOCIATED_PARTNER',
  thirdParty: 'THIRD_PARTY',
};

/** One organisation in one project, as the release states it. */
export interface CordisParticipation {
  readonly pic: string;
  readonly legalName: string;
  readonly shortName?: string;
  readonly vat?: string;
  readonly city?: string;
  readonly country?: string;
  readonly url?: string;
  /** HES, REC, PRC, PUB, OTH. */
  readonly activityType?: string;
  readonly sme?: boolean;
  readonly role: ParticipationRole;
  readonly order?: number;
  readonly ecContribution?: number;
  readonly netEcContribution?: number;
  readonly totalCost?: number;
  readonly terminated?: boolean;
  readonly line: number;
}

/** One <organization> of a project: a participation, or nothing when it cannot be one (reported). */
export function participation(o: XmlElement, amount: Amount, bad: Bad): CordisParticipation[] {
  const pic = textOf(o, 'id');
  const legalName = textOf(o, 'legalName');
  const role = ROLES[o.attributes.type ?? ''];
  if (!pic || !/^\d{6,12}$/.test(pic))
    return (
      bad(
        o.line,
        RowIssueCode.MISSING_ID,
        `an organisation has no PIC (<id>)${pic ? `: "${pic.slice(0, 40)}"` : ''}`,
      ),
      []
    );
  if (!legalName)
    return (bad(o.line, RowIssueCode.MISSING_KEY, `organisation ${pic} has no <legalName>`), []);
  if (!role)
    return (
      bad(
        o.line,
        RowIssueCode.INVALID_VALUE,
        `organisation ${pic} has the unknown role "${o.attributes.type ?? ''}"`,
      ),
      []
    );
  const address = child(o, 'address');
  const a = o.attributes;
  const activity = categories(
    child(child(o, 'relations'), 'categories'),
    'organizationActivityType',
  )[0];
  return [
    {
      pic,
      legalName,
      shortName: textOf(o, 'shortName'),
      vat: textOf(o, 'vatNumber'),
      city: textOf(address, 'city'),
      country: textOf(address, 'country'),
      url: textOf(address, 'url'),
      activityType: activity?.code,
      sme: a.sme === undefined ? undefined : a.sme === 'true',
      role,
      order: a.order && /^\d{1,4}$/.test(a.order) ? Number(a.order) : undefined,
      ecContribution: amount(o, a.ecContribution, `ecContribution of ${pic}`),
      netEcContribution: amount(o, a.netEcContribution, `netEcContribution of ${pic}`),
      totalCost: amount(o, a.totalCost, `totalCost of ${pic}`),
      terminated: a.terminated === undefined ? undefined : a.terminated === 'true',
      line: o.line,
    },
  ];
}
