import { isDateLine } from './page-date.js';
import { CITIES } from './vocabulary.js';
import type { SmallLetterWork } from './small-letter-documents.js';
import { linesOf } from './text-lines.js';

/**
 * A press review's items: a headline over its outlet and day ("2. Jumeau Cardio lève 14 millions
 * d'euros" over "Le Journal de l'e-santé | Tue 24/02"). Each headline is an article the review
 * sums up; two such pairs at least, so that one title over a byline is not read as one.
 */
const HEADLINE = /^[ \t]*(?:\d{1,2}[.)][ \t]+)?(\p{Lu}[^\n]{10,160}?[^\s.:;,])[ \t]*$/u;
const OUTLET =
  /^[ \t]*(\p{Lu}[\p{L}'’&.-]*(?:[ \t]+[\p{L}'’&.-]+){0,6})[ \t]+[|·–—][ \t]+([^\n|]{3,40})$/u;
const SHORT_DAY =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{Ll}*\.?,?[ \t]+)?(\d{1,2})[./](\d{1,2})(?:[./]\d{2,4})?$/u;
/** A news outlet's word ("Brussels Health Wire", "El Observador Sanitario", "MedTech Rundschau"). */
const OUTLET_WORD =
  /\b(?:Wire|Journal|Times|News|Post|Observer|Observador|Observateur|Rundschau|Zeitung|Gazette|Gazzetta|Herald|Tribune|Daily|Weekly|Magazine|Review|Monitor|Reuters|Press|Presse|Telegraph|Guardian|Standard|Courier|Courrier|Express|Radio|TV|Insider|Digest|Bulletin|Today|Chronicle|Nachrichten|Stampa|Diario|Diário|Jornal|Krant|Dagblad|Tidning|Quotidien|Correo|Corriere|Ledger|Pulse|Politico|Euractiv|Agence|Agencia|Agenzia|Sanitario|Sanitaria|Santé|Salud|Saúde|Gesundheit)\b/u;
/** The page says it is a press review: "MEDIA MONITOR", "Press review", "In the press". */
const REVIEW_LABEL =
  /\b(?:media\s+monitor(?:ing)?|press\s+review|media\s+review|revue\s+de\s+presse|pressespiegel|rassegna\s+stampa|in\s+the\s+(?:press|media)|press\s+clippings|news\s+digest|media\s+coverage)\b/i;

export function reviewedItems(text: string): SmallLetterWork[] {
  const lines = linesOf(text);
  // (an outlet's word in its name, or a page that says it reviews the press: not an agenda's
  // "Dr X – 09.30", an events list's "Brussels | 12 March 2026", a vacancy's "Sciensano | 15/03")
  const labelled = REVIEW_LABEL.test(text.slice(0, 600));
  const found: SmallLetterWork[] = [];
  for (let k = 0; k < lines.length - 1; k++) {
    const [{ start: offset, text: line }, next] = [lines[k]!, lines[k + 1]!.text];
    const head = HEADLINE.exec(line);
    const outlet = head && OUTLET.exec(next);
    if (head && outlet && isOutlet(outlet[1]!, labelled) && isDay(outlet[2]!.trim())) {
      const name = head[1]!;
      found.push({ name, kind: 'ARTICLE', head: 'article', start: offset + line.indexOf(name) });
    }
  }
  return found.length >= 2 ? found : [];
}

const isOutlet = (name: string, labelled: boolean): boolean =>
  !/^By\s/.test(name) && (OUTLET_WORD.test(name) || (labelled && !CITIES.has(name.toLowerCase())));

/** "Mon 23/02", "24.02" (a day and a month, not a time: "09.30"), or a page's date line. */
function isDay(part: string): boolean {
  const m = SHORT_DAY.exec(part);
  if (m) return +m[1]! >= 1 && +m[1]! <= 31 && +m[2]! >= 1 && +m[2]! <= 12;
  return isDateLine(part);
}
