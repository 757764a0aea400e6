import type { Affiliation } from './affiliations.js';
import type { Mention } from './mentions.js';
import { foldedWords } from './tokens.js';

/**
 * A Member of the European Parliament, written as such ("MEP Ilona Vértes", "Jonas Vaitkus MEP",
 * "Mattias Lindgren, MEP", "[SUPER: X / MEP (Greens/EFA), Sweden]"), holds that seat at the
 * European Parliament, when the text names the Parliament (its group is another role).
 */
/** (not "Former MEP X", "would-be MEP Y": no seat now) */
const BEFORE = /(?<!\b(?:[Ff]ormer|[Ee]x-?|would-be|[Ff]uture|[Pp]rospective)[ \t]*)\bMEP[ \t]+$/;
/** (not "X (MEP office of …)", "X, MEP Liaison Desk": a staff's post) */
const AFTER =
  /^(?:[ \t]*,?[ \t]*|[ \t]*\([ \t]*|[ \t]+\/[ \t]+)MEP(?![ \t]+(?:[Oo]ffice|[Rr]elations|[Ll]iaison|[Aa]ssistant|[Cc]andidate|[Ss]taff|[Dd]esk|[Aa]ffairs|[Oo]utreach)\b)/u;
const TITLE = 'Member of the European Parliament';

export function mepRoles(
  text: string,
  people: readonly Mention[],
  all: readonly Mention[],
): Affiliation[] {
  const parliament = all.find(
    (m) =>
      m.entity.label === 'Organisation' &&
      foldedWords(m.entity.name).join(' ') === 'european parliament',
  );
  if (!parliament) return [];
  return people.flatMap((person) => {
    const before = BEFORE.exec(text.slice(Math.max(0, person.start - 30), person.start));
    const after = AFTER.exec(text.slice(person.end, person.end + 40));
    if (!before && !after) return [];
    const evidence = before
      ? text.slice(person.start - before[0].length, person.end)
      : text.slice(person.start, person.end + after![0].length);
    return [{ person, org: parliament, title: TITLE, evidence }];
  });
}
