/** Lines that label a page rather than title it: a release's label, a programme's. */
import { isSectionLabel } from './site-names.js';
import { lineAt, lineStart } from './text-lines.js';

/** "PRESS RELEASE – FOR IMMEDIATE RELEASE", "EMBARGOED UNTIL …": a release's label, no title. */
export const RELEASE_LABEL =
  /^(?:(?:press|news|media) release(?:\s+(?:no\.?\s*)?[\w./-]*\d[\w./-]*)?|press statement|verbatim report(?: of proceedings)?|summary record|for immediate release|embargo(?:ed)?\b[^\n]*)(?:\s*[–—:|-]\s*(?:for immediate release|embargo(?:ed)?\b[^\n]*))?(?:\s*\([^()\n]{1,60}\))?$/i;

/** "PRESS RELEASE – Universitätsklinikum Niederbayern (UKNB)": a name of capitalised words. */
export const LABEL_AND_NAME =
  /^(?:PRESS|NEWS|MEDIA|Press|News|Media) (?:RELEASE|[Rr]elease)\s*[–—|:-]\s*(\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|de|der|des|di|du|für|van|von|of|the|and|für|\([\p{Lu}\p{N}&+-]+\))){0,8})$/u;

export const isReleaseLabel = (line: string): boolean => RELEASE_LABEL.test(line.trim());

/** The body opens with a press release's label. */
export const isPressRelease = (body: string): boolean =>
  body
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 2)
    .some((l) => (RELEASE_LABEL.test(l) || LABEL_AND_NAME.test(l)) && /release|statement/i.test(l));

/** A page's label above its title: "WORKSHOP PROGRAMME", "Agenda", "Save the date". */
const PAGE_LABEL =
  /^(?:(?:draft|final|provisional|preliminary)\s+)?(?:(?:summit|conference|forum|workshop|symposium|congress|meeting|webinar|event)\s+)?(?:programme|program|agenda|invitation|save\s+the\s+date|announcement)$/i;
export const isPageLabel = (line: string): boolean => PAGE_LABEL.test(line);

/** "PRESS RELEASE", "News release" alone: the words of a label. */
export const isLabelWords = (words: string): boolean =>
  /^(?:press|news|media)\s+release$/i.test(words);

/**
 * "EVENT REPORT", "OPINION", "CALL FOR EXPRESSIONS OF INTEREST" in capitals over the title: the
 * page's genre (a kicker), five words at most, one of them a genre's noun.
 */
const KICKER_NOUN =
  /\b(?:REPORTS?|NEWS|OPINION|ANALYSIS|INTERVIEW|CALL|FEATURE|BLOG|INSIGHTS?|UPDATE|COMMENTARY|EDITORIAL|COLUMN|REVIEW|NOTICE|VACANCY|SPOTLIGHT|HIGHLIGHTS|EXPLAINER|Q&A|OP-ED|STORY|BRIEFING)\b/;
export const isKicker = (line: string): boolean => {
  // ("EDITORIAL | Open Access": the genre, then the page's short labels)
  const [genre, ...labels] = line.split(/\s+[|·•]\s+/);
  return (
    genre === genre!.toUpperCase() &&
    /\p{Lu}{2}/u.test(genre!) &&
    genre!.split(/\s+/).length <= 5 &&
    KICKER_NOUN.test(genre!) &&
    labels.every((l) => /^\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,2}$/u.test(l))
  );
};

/** "Fact Sheet⇥Results in Brief⇥Reporting": a page's tabs or menu near its top, short cells, name no work. */
export function inTabBar(text: string, at: number, minCells = 3): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  // (its items parted by tabs, wide gaps or bars: "Platform   Solutions   Customers   Contact")
  const cells = text.slice(start, end < 0 ? undefined : end).split(/\t|[ \t]{3,}|[ \t]+\|[ \t]+/);
  // (a page's head, words only: not a table's row, "Digital Health Strategy⇥2025⇥Commission")
  const head = text.slice(0, start).split('\n').length <= 15;
  return (
    head &&
    cells.length >= minCells &&
    cells.every((c) => !/\d/.test(c) && c.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 4)
  );
}

/** A site's own pages, linked from its footer: "Accessibility", "Privacy Statement", "©". */
const SITE_PAGE =
  /^(?:©.*|Accessibility(?: statement)?|Privacy(?: (?:policy|statement|notice))?|Cookies?(?: (?:policy|settings|notice|preferences))?|Terms(?: of (?:use|service)| and conditions)?|Legal(?: notice)?|Imprint|Impressum|Site ?map|Disclaimer|Freedom of Information|Contact(?: us)?)$/i;
/** A "Related pages" list's heading: its "› Title" lines link the site's pages. */
const RELATED = /^[ \t]*(?:Related(?:[ \t]+(?:pages|links|content))?|Useful links)[ \t]*:?[ \t]*$/i;

/**
 * The offset is in a site's links, no text of the page: a footer's line of short links, one a
 * site's own page ("© 2026 … · Accessibility · Privacy Statement · Cookie Settings"), or a
 * "Related pages" list's "› Title" lines.
 */
export function inSiteLinks(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end < 0 ? undefined : end);
  const parts = line.split(/[ \t]+[·|][ \t]+/);
  if (parts.length >= 3 && parts.some((p) => SITE_PAGE.test(p.trim()))) return true;
  if (!/^[ \t]*[›»>][ \t]/.test(line)) return false;
  const above = text.slice(0, start).split('\n').reverse().slice(1);
  const heading = above.find((l) => !/^[ \t]*[›»>][ \t]/.test(l));
  return heading !== undefined && RELATED.test(heading);
}

/** "Home > News & positions > Open letters": a site's path to the page. */
export const isBreadcrumbs = (line: string): boolean =>
  /\s[›»>]\s.*\s[›»>]\s/.test(line) ||
  // ("Home / Press room / Statements", "Blog › Digital health": a path to the page)
  /^(?:Home|Start|Accueil|Inicio|Startseite)\s[›»>/]\s/.test(line) ||
  /^[\p{L}&' ]{2,30}\s[›»]\s[^\n.!?]{2,40}$/u.test(line) ||
  (/\s\/\s.*\s\/\s/.test(line) &&
    line.split(/\s\/\s/).every((p) => p.split(/\s+/).length <= 4 && /^\p{Lu}[^:?!]*$/u.test(p)));

/**
 * "SPEECH | 30 June 2026 | Brussels", "Press release | 14 January 2026 | Ministry of Health": the
 * kind of page its first part names (in capitals as the kind is returned).
 */
export const pageKindOf = (part: string): string | undefined =>
  // ("News | 16 June 2026" in small letters may be a listing's section: "NEWS" in capitals only)
  (
    /^\s*(SPEECH|STATEMENT|(?:PRESS|NEWS|MEDIA) RELEASE|DAILY NEWS)\s*$/i.exec(part)?.[1] ??
    /^\s*(NEWS|ARTICLE)\s*$/.exec(part)?.[1]
  )?.toUpperCase();

/**
 * "Healthcare & Pharmaceuticals | Technology" over a wire's title: the page's topics, parts of a
 * few capitalised words split by bars or dots, none a sentence; no title and no organisation.
 */
const TOPIC = /^\p{Lu}[\p{L}-]*(?:\s+(?:&|and)\s+\p{Lu}[\p{L}-]*|\s+\p{Lu}[\p{L}-]*){0,2}$/u;
export const isTopicLine = (line: string): boolean => {
  const parts = line.trim().split(/\s+[|·•]\s+/);
  // (not a site's name and its section: "EU Health Observatory | Newsroom")
  return parts.length >= 2 && parts.every((p) => TOPIC.test(p) && !isSectionLabel(p));
};

/** The run at `start` stands on the page's first lines' topic line. */
export function onTopicLine(text: string, start: number): boolean {
  const firstLines =
    text
      .slice(0, lineStart(text, start))
      .split('\n')
      .filter((l) => l.trim()).length < 2;
  return firstLines && isTopicLine(lineAt(text, start));
}
