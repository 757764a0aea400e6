import { isDateLine } from './page-date.js';
import type { SmallLetterWork } from './small-letter-documents.js';

/**
 * A press review's items: a headline over its outlet and day ("2. Jumeau Cardio lève 14 millions
 * d'euros" over "Le Journal de l'e-santé | Tue 24/02"). Each headline is an article the review
 * sums up; two such pairs at least, so that one title over a byline is not read as one.
 */
const HEADLINE = /^[ \t]*(?:\d{1,2}[.)][ \t]+)?(\p{Lu}[^\n]{10,160}?[^\s.:;,])[ \t]*$/u;
const OUTLET =
  /^[ \t]*(\p{Lu}[\p{L}'’&.-]*(?:[ \t]+[\p{L}'’&.-]+){0,6})[ \t]+[|·–—][ \t]+([^\n|]{3,40})$/u;
const SHORT_DAY =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{Ll}*\.?,?[ \t]+)?\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?$/u;

export function reviewedItems(text: string): SmallLetterWork[] {
  const lines = text.split('\n');
  const found: SmallLetterWork[] = [];
  let offset = 0;
  for (let k = 0; k < lines.length - 1; k++) {
    const [line, next] = [lines[k]!, lines[k + 1]!];
    const head = HEADLINE.exec(line);
    const outlet = head && OUTLET.exec(next);
    if (head && outlet && !/^By\s/.test(outlet[1]!) && isDay(outlet[2]!.trim())) {
      const name = head[1]!;
      found.push({ name, kind: 'ARTICLE', head: 'article', start: offset + line.indexOf(name) });
    }
    offset += line.length + 1;
  }
  return found.length >= 2 ? found : [];
}

const isDay = (part: string): boolean => SHORT_DAY.test(part) || isDateLine(part);
