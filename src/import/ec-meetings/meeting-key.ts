import { createHash } from 'node:crypto';
import { normaliseText, organisationKey } from '../../model/names/normalise.js';

/**
 * The meeting key: date + the organisations met (organisation keys, sorted, distinct) + the
 * subject (normaliseText). The official is NOT part of it, so one meeting listed under several
 * officials (a Commissioner and cabinet members) is one meeting with several officials, and
 * identical rows are one meeting. Location is not part of it either: the same meeting is written
 * "Brussels", "BERL" or "Brussels /BERL" by different offices. Two meetings of one official on one
 * day stay apart when they differ in organisations or subject.
 */
export function meetingKey(
  date: string,
  organisations: readonly string[],
  subject: string,
): string {
  const orgs = [...new Set(organisations.map(organisationKey))].sort();
  return `${date}|${orgs.join(';')}|${normaliseText(subject)}`;
}

/** The meeting's id: `event:meeting-<date>-<first 12 hex of sha256(key)>`. */
export function meetingId(key: string): string {
  const date = key.slice(0, 10);
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 12);
  return `event:meeting-${date}-${hash}`;
}
