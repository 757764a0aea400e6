/**
 * What an event is about: the initiatives, projects and topics the text names within the event's
 * own span (its sentence, its table row, its diary line).
 */
import type { Mention } from './mentions.js';

const SUBJECTS: readonly string[] = ['Initiative', 'Project', 'Topic'];
/** Topics alone: a title's or a row's known names (a project in a row is the row's, not its subject). */
export const TOPICS_ONLY: readonly string[] = ['Topic'];

export const isSubject = (m: Mention, labels: readonly string[] = SUBJECTS): boolean =>
  labels.includes(m.entity.label);

export function subjectsWithin(
  mentions: readonly Mention[],
  span: { readonly start: number; readonly end: number },
  labels: readonly string[] = SUBJECTS,
): Mention[] {
  return mentions.filter((m) => m.start >= span.start && m.end <= span.end && isSubject(m, labels));
}
