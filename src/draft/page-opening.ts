/**
 * A page's opening lines: the site's name over its breadcrumbs, a release's masthead and labels,
 * and the title under them.
 */
import * as chrono from 'chrono-node';
import { findDateline, titleCase } from './dateline.js';
import { isDateLine, lineParts, publicationLine } from './page-date.js';
import { isoDay } from './iso-dates.js';
import { isSectionLabel, isSiteName } from './site-names.js';
import {
  isBreadcrumbs,
  isKicker,
  isTopicLine,
  isPageLabel,
  LABEL_AND_NAME,
  RELEASE_LABEL,
} from './page-labels.js';
import { DOCUMENT_HEADS, ORG_HEADS } from './vocabulary.js';
import { foldedWords } from './tokens.js';
import { mailSubject } from './mail-headers.js';

/**
 * The body's opening: a masthead in capitals above a release's label ("COUNCIL OF THE EUROPEAN
 * UNION" over "PRESS RELEASE 512/26") names the publisher; the title is the first line after the
 * labels (and after a dateline on a line of its own under a label).
 */
export function openingOf(body: string): { title?: string; masthead?: string; site?: string } {
  const all = body
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !SITE_CHROME.test(l) && !isToolBar(l))
    .slice(0, 8);
  const subject = mailSubject(all);
  if (subject) return { title: subject };
  // "HEALTH POLICY QUARTERLY | Opinion", "European Commission - Daily News": a publication's name
  const opening = all.length > 1 ? siteAndSection(all[0]!) : undefined;
  // (with two sections after it, "University of Tartu · News · Press releases", any name is one)
  const sections = all[0]!.split(/\s+[|–—·-]\s+/).length;
  const section = opening && (isSiteName(opening) || sections > 2) ? opening : undefined;
  // "Title" over "Brussels Digital Health Brief | 30 June 2025": the publication, then the date
  const dated = all.slice(1, 3).map(publicationLine).find(Boolean);
  const site = section ? titleCase(section) : dated;
  const lines = section ? all.slice(1) : all;
  // "PRESS RELEASE – Universitätsklinikum Niederbayern (UKNB)": a label naming its publisher
  const named = lines.slice(0, 3).findIndex((l) => LABEL_AND_NAME.test(l));
  const label = named >= 0 ? named : lines.slice(0, 5).findIndex((l) => RELEASE_LABEL.test(l));
  // "Nordic Health Alliance" over "Home > News > Letters": the site's name above its breadcrumbs
  const crumbs = lines.slice(0, 3).findIndex(isBreadcrumbs);
  // (or an acronym and its name: "EAPCC | European Alliance of People with Chronic Conditions")
  // (or a line between: the site's tagline, "European Research Council ⏎ Supporting top
  // researchers … ⏎ Home >" when a title is under the breadcrumbs; else the page's title,
  // "Nordic Health Alliance ⏎ Open letter on … ⏎ Home > News")
  const siteOver = crumbs === 2 && isSiteName(lines[0]!) && !isKicker(lines[0]!);
  const titledUnder =
    lines[3] !== undefined && !/[.!?]$/.test(lines[3]) && titleOf(lines[3]) !== undefined;
  const siteAbove =
    (crumbs === 1 && (isSiteName(lines[0]!) || /^\S+\s\|\s/.test(lines[0]!))) ||
    (siteOver && !isSiteName(lines[1]!) && titledUnder);
  const titleOver = siteOver && !siteAbove;
  const above = lines.slice(0, Math.max(label, 0));
  const masthead =
    named >= 0
      ? LABEL_AND_NAME.exec(lines[named]!)![1]!.replace(/\s*\([^)]*\)$/, '')
      : (mastheadOf(above) ??
        namedAbove(above) ??
        (siteAbove || titleOver ? siteName(lines[0]!) : undefined) ??
        releasedBy(all[0]!));
  const rest =
    label >= 0 || (!siteAbove && !titleOver)
      ? masthead
        ? lines.slice(label + 1)
        : lines
      : lines.slice(siteAbove ? crumbs + 1 : 1);
  // ("[Unofficial translation from Portuguese.]": an editor's note in brackets is no title)
  // ("Agora Institute › Publications › Policy Briefs": a site's breadcrumbs are no title)
  let at = rest.findIndex(
    (l, k) =>
      !RELEASE_LABEL.test(l) &&
      // ("EVENT REPORT" over "Making the Life Sciences Strategy work: …": the page's genre)
      !(isKicker(l) && titledBelow(rest[k + 1], rest[k + 2])) &&
      !LABEL_AND_NAME.test(l) &&
      !isPageLabel(l) &&
      !/^\[.*\]$/.test(l) &&
      // ("https://doi.org/10.5521/…" and "Published online: 16 February 2026" under the genre)
      !/^(?:https?:\/\/|doi:)\S+$/i.test(l) &&
      !(k > 0 && isDateLine(l)) &&
      !oneDay(l) &&
      !isBreadcrumbs(l) &&
      !(k === 0 && isTopicLine(l)) &&
      !isNumberedKind(l) &&
      !isPartsWithDate(l),
  );
  const dateline = at >= 0 ? findDateline(rest[at]!) : undefined;
  const labelled = label >= 0 || (at > 0 && isKicker(rest[at - 1]!));
  if (labelled && dateline?.start === 0 && dateline.end >= rest[at]!.length - 1) at++;
  const title = at >= 0 && rest[at] ? titleOf(rest[at]!) : undefined;
  return {
    ...(title ? { title } : {}),
    ...(masthead ? { masthead } : {}),
    ...(site ? { site } : {}),
  };
}

/**
 * A site's tools and notices above its page: "Skip to main content", "An official website of …",
 * a cookie banner ("This site uses cookies. [Accept all] [Settings]").
 */
const SITE_CHROME =
  /^(?:(?:This|Our) (?:site|website) uses cookies\b.*|We use cookies\b.*|Skip to (?:main )?content|Skip to (?:main )?navigation|An official website of the European Union\b.*|(?:EN[ \t]+)?English[ \t]+Search|Menu|Search|Close)$/i;

/** "PT | EN⇥Accessibility⇥Contacts⇥Search": a bar of languages and a site's tools, nothing else. */
const TOOL =
  /^(?:[A-Z]{2}|Accessibility|Contacts?|Search|Menu|Login|Log in|Sign in|Sitemap|Help|FAQ|Newsletter|Subscribe|Print|Share)$/;
const isToolBar = (line: string): boolean => {
  const parts = line.split(/[ \t]*[|\t][ \t]*|[ \t]{2,}/).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => TOOL.test(p));
};

/** A title under a kicker: in small letters, a title's shape (not the body's first sentence). */
function titledBelow(line: string | undefined, next: string | undefined): boolean {
  if (line === undefined || line === line.toUpperCase()) return false;
  if (isDateLine(line)) return titledBelow(next, undefined);
  // ("JRC NEWS RELEASE ¶ Ispra, 3 March 2026 ¶ Title": a dateline between)
  if (findDateline(line)?.start === 0) return titledBelow(next, undefined);
  return titleOf(line) !== undefined;
}

/** "EAPCC | European Alliance of People with …": of a name and its acronym, the name. */
const siteName = (line: string): string => {
  // (or a wide gap: "GOBIERNO DE ARAGÓN  |  Aragon Government          ES  |  EN"; of the parts,
  // the longest with a body's word, "Aragon Government", else the longest)
  const parts = line
    .split(/\s+[|–—·]\s+|[ \t]{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  const headed = parts.filter((p) => foldedWords(p).some((w) => ORG_HEADS.has(w)));
  return (headed.length ? headed : parts).reduce((a, b) => (b.length > a.length ? b : a));
};

/** "HEALTH POLICY QUARTERLY | Opinion", "Corvena Labs Blog": the site's name before its section. */
function siteAndSection(line: string): string | undefined {
  const parts = line.split(/\s+[|–—·-]\s+/);
  // ("University of Tartu · News · Press releases": the site, then its sections)
  if (parts.length >= 2 && parts.slice(1).every(isSectionLabel)) return parts[0]!.trim();
  return /^(.{3,60}?)\s+(?:Blog|Newsroom)$/i.exec(line)?.[1];
}

/**
 * "Press Releases | SANT | 18-11-2026 - 17:42", "14 April 2026 · Brussels": a line of parts, one
 * a date: the page's labels or an event's line, no title.
 */
const isPartsWithDate = (line: string): boolean => {
  const parts = lineParts(line);
  return parts.length >= 2 && parts.some(isDateLine);
};

/** "POLICY BRIEF 07/2026", "Working Paper No. 3": the page's kind and number, above its title. */
const isNumberedKind = (line: string): boolean => {
  const m = /^((?:\p{L}+\s+){0,2}(\p{L}+))\s+(No\.?\s*)?\d+(?:([/.-])\d+)*$/u.exec(line);
  // (a label: in capitals, or numbered "No. 3", "07/2026"; not the title "Annual Report 2025")
  const label =
    m !== null && (m[1] === m[1]!.toUpperCase() || m[3] !== undefined || m[4] !== undefined);
  return label && DOCUMENT_HEADS.has(m[2]!.toLowerCase());
};

/**
 * "PORTUGUESE REPUBLIC / MINISTRY OF HEALTH / Press Office" above a release's label: the lines in
 * capitals name the publisher; over a press office's line, the last of them is its body.
 */
/**
 * "Netherlands Worldwide > Greece > News ⏎ Embassy of the Kingdom of the Netherlands in Athens ⏎
 * Πρεσβεία … ⏎ PRESS RELEASE": one body's name above the label, its breadcrumbs and its
 * translation in another script aside.
 */
function namedAbove(above: readonly string[]): string | undefined {
  const named = above.filter((l) => !isBreadcrumbs(l) && /\p{Script=Latin}/u.test(l));
  const [line] = named;
  // (one name: not "Regione Emilia-Romagna – Agenzia di informazione e comunicazione")
  // (a name's shape: capitalised words and their connectors, no figure; not a headline, "Health
  // Research Board awards €10 million …", nor a slogan, "Patients as partners in research")
  const shaped = /^\p{Lu}\S*(?:\s+(?:of|the|for|and|in|on|de|du|des|der|van|voor|\p{Lu}\S*))*$/u;
  // (under breadcrumbs or over a translation: not a headline alone above the label; a name of
  // three words or more, not "Communication Unit")
  const one =
    named.length === 1 &&
    above.length >= 2 &&
    line!.split(/\s+/).length >= 3 &&
    !/\s[–—|-]\s/.test(line!) &&
    shaped.test(line!);
  if (!one || /\d/.test(line!)) return undefined;
  return foldedWords(line!).some((w) => ORG_HEADS.has(w) && w !== 'as') ? line : undefined;
}

function mastheadOf(above: readonly string[]): string | undefined {
  const named = above.filter(
    (l) => !/^(?:press|media|communications?)\s+(?:office|service|unit)$/i.test(l),
  );
  if (!named.length || !named.every((l) => l === l.toUpperCase() && /\p{L}{3}/u.test(l)))
    return undefined;
  return named.length < above.length ? named.at(-1) : named.join(' ');
}

function titleOf(first: string): string | undefined {
  const title = first.replace(/^#+\s*/, '').replace(/^[A-Z]\.\s+/, '');
  if (findDateline(title)?.start === 0) return undefined; // "Porto, 8 October 2026": a dateline
  // ("Synthetic health data: what can be trusted?": a short question is a title; a sentence is not)
  const sentence = /[.!]$/.test(title) || (title.endsWith('?') && title.length > 140);
  return title.length <= 200 && !sentence && !title.startsWith('-') ? title : undefined;
}

/** "2026-03-04", "4 March 2026" → YYYY-MM-DD; undefined for a range or a vague date. */
export function oneDay(text: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) return text.trim();
  // (day first, as European pages write "04/03/2026"; read from the parsed parts, not a Date)
  const parsed = /\d/.test(text) ? chrono.en.GB.parse(text) : [];
  const r = parsed[0];
  if (parsed.length !== 1 || !r || r.end || r.text.trim() !== text.trim()) return undefined;
  if (!r.start.isCertain('day') || !r.start.isCertain('year')) return undefined;
  return isoDay(r.start);
}

/**
 * "Kaksonen Health Oyj | Stock exchange release | 12 March 2026 at 9:00 a.m. EET": the company
 * that releases it, its release's kind, its day.
 */
function releasedBy(line: string): string | undefined {
  const [who, kind, day, ...more] = line.split(/\s+[|·]\s+/);
  return !more.length && kind && day && isSectionLabel(kind) && isDateLine(day) ? who : undefined;
}
