import type { WeightBy, WeightedNetwork } from '../../network/weighted-view.js';
import { gql } from './graphql.js';

// The answer's shape is the server's own (graphql/weighted.graphql, src/network/weighted-view.ts).
export type {
  WeightBy,
  WeightedEdge,
  WeightedNetwork,
  WeightedNode,
} from '../../network/weighted-view.js';

export type PeriodCount = WeightedNetwork['timeline'][number];

export interface WeightedRequest {
  readonly id: string;
  readonly by: WeightBy;
  readonly depth: number;
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
}

const NODE = 'id label name kind ring weight';

export async function weightedNetwork(request: WeightedRequest): Promise<WeightedNetwork> {
  const data = await gql<{ weightedNetwork: WeightedNetwork }>(
    `query Weighted($id: ID!, $by: WeightBy!, $depth: Int, $from: Date, $to: Date, $limit: Int) {
      weightedNetwork(id: $id, by: $by, depth: $depth, from: $from, to: $to, limit: $limit) {
        by focus { ${NODE} } nodes { ${NODE} } total shown offset truncated secondTotal
        edges { source target count first last amountEur } timeline { period count }
      }
    }`,
    { ...request, from: request.from ?? null, to: request.to ?? null },
  );
  return data.weightedNetwork;
}

/** The focus's dated items only (the timeline of the links view). */
export async function timelineOf(id: string, by: WeightBy): Promise<readonly PeriodCount[]> {
  const data = await gql<{ weightedNetwork: { timeline: PeriodCount[] } }>(
    'query Timeline($id: ID!, $by: WeightBy!) { weightedNetwork(id: $id, by: $by, limit: 1) { timeline { period count } } }',
    { id, by },
  );
  return data.weightedNetwork.timeline;
}

export interface MeetingRow {
  readonly id: string;
  readonly date: string | null;
  readonly subject: string | null;
  readonly location: string | null;
  readonly organisationsConnection: {
    readonly edges: readonly { properties: { sources: string[] | null; lines: string[] | null } }[];
  };
}

/** The meetings behind a MEETINGS link: an organisation with an official or about an initiative. */
export async function meetingsBetween(
  who: { organisation: string; official?: string; initiative?: string },
  range: { from?: string; to?: string },
): Promise<MeetingRow[]> {
  const data = await gql<{ meetings: MeetingRow[] }>(
    `query Between($official: ID, $organisation: ID!, $initiative: ID, $from: Date, $to: Date) {
      meetings(official: $official, organisation: $organisation, initiative: $initiative, from: $from, to: $to, limit: 100) {
        id date subject location
        organisationsConnection(where: { node: { id: { eq: $organisation } } }) { edges { properties { sources lines } } }
      }
    }`,
    {
      official: who.official ?? null,
      organisation: who.organisation,
      initiative: who.initiative ?? null,
      from: range.from ?? null,
      to: range.to ?? null,
    },
  );
  return data.meetings;
}

export interface ProjectRow {
  readonly id: string;
  readonly name: string;
  readonly acronym: string | null;
  readonly start: string | null;
  readonly ecMaxContribution: number | null;
  readonly url: string | null;
  /** The two organisations' participations: the release and the rows that state them. */
  readonly participantsConnection: {
    readonly edges: readonly {
      node: { id: string };
      properties: { sources: string[] | null; lines: string[] | null };
    }[];
  };
}

/** The projects behind a PROJECTS link. */
export async function projectsBetween(
  a: string,
  b: string,
  range: { from?: string; to?: string },
): Promise<ProjectRow[]> {
  const data = await gql<{ sharedProjects: ProjectRow[] }>(
    `query Shared($a: ID!, $b: ID!, $from: Date, $to: Date) {
      sharedProjects(a: $a, b: $b, from: $from, to: $to, limit: 100) {
        id name acronym start ecMaxContribution url
        participantsConnection(where: { node: { id: { in: [$a, $b] } } }) {
          edges { node { id } properties { sources lines } }
        }
      }
    }`,
    { a, b, from: range.from ?? null, to: range.to ?? null },
  );
  return data.sharedProjects;
}
