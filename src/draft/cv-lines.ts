import type { Affiliation } from './affiliations.js';
import { isTitle, MEETING_PART } from './job-titles.js';
import { isOrgLike, type Mention, type Mentions } from './mentions.js';
import { lineAt, lineStart } from './text-lines.js';
import { TITLES_ONLY } from './vocabulary.js';

/**
 * A CV's positions, one a line under the years: "since 2021   Professor of Computational
 * Cardiology, Karolinska Institutet, Stockholm, Sweden", "2016–2021   Associate Professor,
 * Universitat Pompeu Fabra (UPF), Barcelona". In a page that says it is a CV, each is a post of
 * the person named alone on a line above the lines, at the last organisation the line names
 * before a funder's or a client's ("…, funded by the European Commission").
 */
const CV_LINE =
  /^[ \t]*(?:(?:since|from|until)[ \t]+)?\d{4}(?:[ \t]*[–—-][ \t]*(?:\d{4}|present|today|now))?(?:[ \t]{2,}|\t+)(\p{Lu}[^\n]{3,200})$/gimu;
const CV_LABEL = /\b(?:curriculum vitae|CV|résumé|resume|biography|career)\b/i;
/** Where the line stops naming the post's body: "funded by", "for the client", "on secondment". */
const NOT_THE_EMPLOYER =
  /,?[ \t]+(?:funded by|financed by|with support from|supported by|for|client|on secondment|seconded|alongside|with|in partnership with|together with)\b/;
const NOT_A_POST = /\b(?:award|prize|medal|grant|scholarship|fellowship)\b/i;

export function cvRoles(text: string, mentions: Mentions): Affiliation[] {
  const lines = [...text.matchAll(CV_LINE)];
  const top = text.split('\n').slice(0, 8).join('\n');
  if (lines.length < 3 || !CV_LABEL.test(top)) return [];
  return lines.flatMap((line) => {
    const subject = subjectAbove(text, line.index, mentions.people);
    const start = line.index + line[0].indexOf(line[1]!);
    const own = NOT_THE_EMPLOYER.exec(line[1]!);
    const end = own ? start + own.index : line.index + line[0].length;
    // (not an acronym in brackets after its name: "Universitat Pompeu Fabra (UPF)")
    const org = mentions.all
      .filter((m) => isOrgLike(m) && m.start > start && m.end <= end && text[m.start - 1] !== '(')
      .at(-1);
    if (!subject || !org) return [];
    const title = text
      .slice(start, org.start)
      .replace(/[ \t]*\([^()]*\)/g, '')
      .replace(/[ \t]*(?:,|\bat|\bof(?:[ \t]+the)?)?[ \t]*$/, '')
      .trim();
    const named = mentions.people.some((p) => p.start >= start && p.end <= org.start);
    const first = title.split(',')[0]!;
    if (!isTitle(first) || MEETING_PART.test(first) || NOT_A_POST.test(title) || named) return [];
    if (/\.\s/.test(title)) return [];
    return [{ person: subject, org, title, evidence: text.slice(start, end).trim() }];
  });
}

/** The person the page is about: named alone on a line above (behind "Prof. Dr." at most). */
function subjectAbove(text: string, at: number, people: readonly Mention[]): Mention | undefined {
  return people
    .filter((p) => p.end <= at)
    .filter((p) => {
      const line = lineAt(text, p.start);
      const after = line.slice(p.end - lineStart(text, p.start)).trim();
      return TITLES_ONLY.test(text.slice(lineStart(text, p.start), p.start)) && after === '';
    })
    .at(-1);
}
