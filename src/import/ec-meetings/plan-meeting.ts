import neo4j from 'neo4j-driver';
import type { RelationshipType } from '../../model/relationship-types.js';
import { lineOf } from '../pipeline/dataset.js';
import { EC_MEETINGS, type RegisterDocument } from './dataset.js';
import { meetingId, meetingKey } from './meeting-key.js';
import type { ResolvedEntity } from '../../identity/resolve-names.js';
import type { MeetingRow } from './row-schema.js';
import type { SubjectMatcher } from './subjects.js';

export interface Link {
  readonly type: Extract<RelationshipType, 'ATTENDED' | 'MET_AT' | 'ABOUT'>;
  readonly id: string;
  readonly capacity?: string;
}

/** One meeting as written by merge-meetings.cypher. */
export interface MeetingWrite {
  readonly id: string;
  readonly doc: string;
  readonly props: Record<string, unknown>;
  readonly links: Link[];
  readonly lines: string[];
}

export interface Resolved {
  readonly organisations: ReadonlyMap<string, ResolvedEntity>;
  readonly officials: ReadonlyMap<string, ResolvedEntity>;
  readonly subjects: SubjectMatcher;
}

/** A valid register row as the meeting to merge: key → id, resolved ends, subject links. */
export function planMeeting(
  row: MeetingRow,
  doc: RegisterDocument,
  resolved: Resolved,
): MeetingWrite {
  const id = meetingId(meetingKey(row.date, row.organisations, row.subject));
  const officials = row.officials.map((o) => resolved.officials.get(o)!);
  const orgs = [...new Map(row.organisations.map((o) => [resolved.organisations.get(o)!.id, o]))];
  const names = orgs.slice(0, 2).map(([, written]) => written);
  const more = orgs.length > 2 ? ` and ${orgs.length - 2} more` : '';
  const [year, month, day] = row.date.split('-').map(Number) as [number, number, number];
  return {
    id,
    doc: doc.id,
    props: {
      name: `${officials.map((o) => o.name).join(', ')} meets ${names.join(', ')}${more} (${row.date})`,
      kind: 'MEETING',
      date: new neo4j.types.Date(year, month, day),
      ...(row.location ? { location: row.location } : {}),
      subject: row.subject,
      origin: EC_MEETINGS.origin,
    },
    links: [
      ...officials.map((o) => ({ type: 'ATTENDED' as const, id: o.id, capacity: doc.rank })),
      ...orgs.map(([orgId]) => ({ type: 'MET_AT' as const, id: orgId })),
      ...resolved.subjects.match(row.subject).map((s) => ({ type: 'ABOUT' as const, id: s.id })),
    ],
    lines: [lineOf(row.file, row.line)],
  };
}

/** Folds rows of one batch that are the same meeting (same id and document) into one write. */
export function foldBatch(writes: readonly MeetingWrite[]): MeetingWrite[] {
  const byKey = new Map<string, MeetingWrite>();
  for (const w of writes) {
    const key = `${w.id}|${w.doc}`;
    const prior = byKey.get(key);
    if (!prior) {
      byKey.set(key, { ...w, links: [...w.links], lines: [...w.lines] });
      continue;
    }
    for (const l of w.links)
      if (!prior.links.some((p) => p.type === l.type && p.id === l.id)) prior.links.push(l);
    prior.lines.push(...w.lines);
  }
  return [...byKey.values()];
}
