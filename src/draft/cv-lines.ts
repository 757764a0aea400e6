import type { Affiliation } from './affiliations.js';
import { initialsOf } from './initials.js';
import { escapeRegExp } from './regex-escape.js';
import { isTitle, MEETING_PART } from './job-titles.js';
import { isOrgLike, type Mention, type Mentions } from './mentions.js';
import { lineAt, lineStart } from './text-lines.js';
import { ORG_HEADS, TITLES_ONLY } from './vocabulary.js';

/**
 * A CV's positions, one a line under the years: "since 2021   Professor of Computational
 * Cardiology, Karolinska Institutet, Stockholm, Sweden", "2016–2021   Associate Professor,
 * Universitat Pompeu Fabra (UPF), Barcelona". In a page that says it is a CV, each is a post of
 * the person named alone on a line above the lines, at the last organisation the line names
 * before a funder's or a client's ("…, funded by the European Commission").
 */
const CV_LINE =
  /^[ \t]*(?:(?:since|from|until)[ \t]+)?\d{4}(?:[ \t]*[–—-][ \t]*(?:\d{4}|present|today|now))?(?:[ \t]{2,}|\t+)(\p{Lu}[^\n]{3,600})$/gimu;
const CV_LABEL = /\b(?:curriculum vitae|CV|résumé|resume|biography|career)\b/i;
/** A CV's section heading alone on its line: "CAREER", "Professional experience". */
const CV_HEADING =
  /(?:^|\n)[ \t]*(?:career|professional experience|work experience|positions(?: held)?|employment)[ \t]*:?[ \t]*\n/i;
/** Where the line stops naming the post's body: "funded by", "for the client", "on secondment". */
const NOT_THE_EMPLOYER =
  /,?[ \t]+(?:funded by|financed by|with support from|supported by|for|client|on secondment|seconded|alongside|with|in partnership with|together with)\b|,[ \t]+(?:(?:the|a|an)[ \t]+\p{Ll}|(?:where|which|who|when)\b)|(?<=\p{Ll}{3})(?<!\b(?:Dept|Univ|Inst|Corp|Assoc|Hosp))\.[ \t]+\p{Lu}/gu;

/**
 * Where the line's post and its body end: before a funder, a client, an apposition ("…, the public
 * enterprise that …"), a clause or the next sentence; not at a body's own "for"
 * ("Directorate-General for Health and Food Safety").
 */
function employerEnd(line: string): number | undefined {
  for (const m of line.matchAll(NOT_THE_EMPLOYER)) {
    const before = /([\p{L}-]+)$/u.exec(line.slice(0, m.index))?.[1]?.toLowerCase() ?? '';
    const own = /^\s*for\b/.test(m[0]) && (ORG_HEADS.has(before) || /-general$/.test(before));
    if (!own) return m.index;
  }
  return undefined;
}
const NOT_A_POST = /\b(?:award|prize|medal|grant|scholarship|fellowship)\b/i;

export function cvRoles(text: string, mentions: Mentions): Affiliation[] {
  const lines = [...text.matchAll(CV_LINE)];
  const top = text.split('\n').slice(0, 8).join('\n');
  const headed = lines.length > 0 && CV_HEADING.test(text.slice(0, lines[0]!.index + 1));
  if (lines.length < 3 || !(CV_LABEL.test(top) || headed)) return [];
  return lines.flatMap((line) => {
    const subject = subjectAbove(text, line.index, mentions.people);
    const start = line.index + line[0].indexOf(line[1]!);
    const cut = employerEnd(line[1]!);
    const end = cut !== undefined ? start + cut : line.index + line[0].length;
    // (not an acronym in brackets after its name: "Universitat Pompeu Fabra (UPF)")
    const orgs = mentions.all.filter(
      (m) => isOrgLike(m) && m.start > start && m.end <= end && text[m.start - 1] !== '(',
    );
    const org = orgs.at(-1);
    if (!subject || !org) return [];
    // (the post's words before the first body after a comma or a dash: "Seconded National Expert,
    // European Commission, Directorate-General …", not "Head of the WHO Collaborating Centre team";
    // an acronym before its long form is the body's: "SPMS – Serviços Partilhados …")
    const apposed = orgs.filter((m) => /(?:,|[–—-])[ \t]*$/.test(text.slice(start, m.start)));
    const ends = apposed[0] ?? org;
    const acronym = new RegExp(
      String.raw`,?[ \t]*${escapeRegExp(initialsOf(ends.entity.name, { capitalised: true }))}[ \t]*[–—-][ \t]*$`,
      'u',
    );
    const title = text
      .slice(start, ends.start)
      .replace(acronym, '')
      .replace(/[ \t]*\([^()]*\)/g, '')
      .replace(/[ \t]*(?:,|[–—-]|\bat|\bof(?:[ \t]+the)?)?[ \t]*$/, '')
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
