import type { RowIssueCode } from '../pipeline/issues.js';
import { children, textOf, type XmlElement } from './xml-tree.js';
import type { CordisCode } from './project-record.js';

/** Reports a problem at a line of the file. */
export type Bad = (line: number, code: RowIssueCode, message: string) => void;
/** Reads an amount, reporting it when it is not one. */
export type Amount = (e: XmlElement, raw: string | undefined, what: string) => number | undefined;

/** Decimal euros as written ("37995202.5"); "1e309", "-5" and "abc" are not amounts. */
export const AMOUNT = /^\d{1,15}(\.\d{1,12})?$/;

/** Categories of one classification: `/HES` → HES; EuroSciVoc keeps its path as the title. */
export function categories(e: XmlElement | undefined, classification: string): CordisCode[] {
  return children(e, 'category')
    .filter((c) => c.attributes.classification === classification)
    .flatMap((c) => {
      const code = textOf(c, 'code')?.replace(/^\//, '');
      const title = classification === 'euroSciVoc' ? textOf(c, 'displayCode') : textOf(c, 'title');
      return code ? [{ code, title }] : [];
    });
}
