import type { Affiliation } from './affiliations.js';
import { isTitle, MEETING_PART } from './job-titles.js';
import { isOrgLike, type Mention, type Mentions } from './mentions.js';

/**
 * A CV's positions, one a line under the years: "since 2021   Professor of Computational
 * Cardiology, Karolinska Institutet, Stockholm, Sweden", "2016–2021   Associate Professor,
 * Universitat Pompeu Fabra (UPF), Barcelona". Each is a post of the person the page is about (the
 * first person it names, before the lines), at the last organisation the line names.
 */
const CV_LINE =
  /^[ \t]*(?:(?:since|from|until)[ \t]+)?\d{4}(?:[ \t]*[–—-][ \t]*(?:\d{4}|present|today|now))?(?:[ \t]{2,}|\t+)(\p{Lu}[^\n]{3,200})$/gimu;

export function cvRoles(text: string, mentions: Mentions): Affiliation[] {
  const lines = [...text.matchAll(CV_LINE)];
  // (a CV: three such lines at least, under its person)
  const subject = mentions.people[0];
  if (lines.length < 3 || !subject || subject.start > lines[0]!.index) return [];
  return lines.flatMap((line) => {
    const start = line.index + line[0].indexOf(line[1]!);
    const end = line.index + line[0].length;
    // (not an acronym in brackets after its name: "Universitat Pompeu Fabra (UPF)")
    const org = mentions.all
      .filter((m) => isOrgLike(m) && m.start > start && m.end <= end && text[m.start - 1] !== '(')
      .at(-1);
    if (!org) return [];
    const title = text
      .slice(start, org.start)
      .replace(/[ \t]*\([^()]*\)/g, '')
      .replace(/[ \t]*(?:,|\bat|\bof(?:[ \t]+the)?)?[ \t]*$/, '')
      .trim();
    const first = title.split(',')[0]!;
    if (!isTitle(first) || MEETING_PART.test(first) || /\.\s/.test(title)) return [];
    return [{ person: subject as Mention, org, title, evidence: text.slice(start, end).trim() }];
  });
}
