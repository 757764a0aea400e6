import { isCalendarDate } from '../../model/names/calendar.js';
import { RowIssueCode, rowIssue, type RowIssue } from '../pipeline/issues.js';
import { participation, type CordisParticipation } from './participation-record.js';
import { AMOUNT, categories, type Amount, type Bad } from './record-checks.js';
import { child, children, textOf, type XmlElement } from './xml-tree.js';

export type { CordisParticipation };

export interface CordisCode {
  readonly code: string;
  readonly title?: string;
  /** Programme parts: the codes of the parts it belongs to, the nearest first (HORIZON.2, HORIZON). */
  readonly parents?: readonly string[];
}

/** One Horizon Europe project file, checked. */
export interface CordisProject {
  readonly where: string;
  /** The line of its <id>. */
  readonly line: number;
  readonly grant: string;
  readonly rcn?: string;
  readonly acronym?: string;
  readonly title: string;
  readonly objective?: string;
  readonly status?: string;
  readonly startDate?: string;
  readonly endDate?: string;
  readonly signed?: string;
  readonly totalCost?: number;
  readonly ecMaxContribution?: number;
  readonly grantDoi?: string;
  readonly keywords: readonly string[];
  readonly calls: readonly CordisCode[];
  /** Programme parts (legal basis), e.g. HORIZON.2.1 "Health". */
  readonly programmes: readonly CordisCode[];
  readonly fieldsOfScience: readonly CordisCode[];
  readonly participations: readonly CordisParticipation[];
}

/** A project tree as a record, or every problem it has (each naming its line). */
export function projectRecord(
  where: string,
  root: XmlElement,
): { project?: CordisProject; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const bad: Bad = (line, code, message) => void issues.push(rowIssue(where, line, code, message));
  if (root.name !== 'project') {
    bad(root.line, RowIssueCode.NOT_XML, `the root element is <${root.name}>, not <project>`);
    return { issues };
  }
  const amount: Amount = (e, raw, what) => {
    if (raw === undefined || raw === '') return undefined;
    if (AMOUNT.test(raw)) return Number(raw);
    bad(
      e.line,
      RowIssueCode.INVALID_AMOUNT,
      `${what} "${raw.slice(0, 40)}" is not an amount in euros`,
    );
    return undefined;
  };
  const date = (name: string): string | undefined => {
    const raw = textOf(root, name);
    if (raw === undefined || isCalendarDate(raw)) return raw;
    bad(
      child(root, name)!.line,
      RowIssueCode.INVALID_DATE,
      `${name} "${raw.slice(0, 40)}" is not a calendar date`,
    );
    return undefined;
  };
  const grant = textOf(root, 'id');
  if (!grant || !/^\d{5,12}$/.test(grant))
    bad(
      child(root, 'id')?.line ?? root.line,
      RowIssueCode.MISSING_ID,
      grant
        ? `the project id "${grant.slice(0, 40)}" is not a grant number`
        : 'the project has no <id> (grant number)',
    );
  const title = textOf(root, 'title');
  if (!title) bad(root.line, RowIssueCode.MISSING_KEY, 'the project has no <title>');
  const associations = child(child(root, 'relations'), 'associations');
  const participations = children(associations, 'organization').flatMap((o) =>
    participation(o, amount, bad),
  );
  const project: CordisProject = {
    where,
    line: child(root, 'id')?.line ?? root.line,
    grant: grant ?? '',
    rcn: textOf(root, 'rcn'),
    acronym: textOf(root, 'acronym'),
    title: title ?? '',
    objective: textOf(root, 'objective'),
    status: textOf(root, 'status'),
    startDate: date('startDate'),
    endDate: date('endDate'),
    signed: date('ecSignatureDate'),
    totalCost: amount(child(root, 'totalCost') ?? root, textOf(root, 'totalCost'), 'totalCost'),
    ecMaxContribution: amount(
      child(root, 'ecMaxContribution') ?? root,
      textOf(root, 'ecMaxContribution'),
      'ecMaxContribution',
    ),
    grantDoi: textOf(child(root, 'identifiers'), 'grantDoi'),
    keywords: (textOf(root, 'keywords') ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
    calls: codes(
      children(associations, 'call').filter((c) => c.attributes.type === 'relatedMasterCall'),
      'identifier',
    ),
    programmes: codes(
      children(associations, 'programme').filter((p) => p.attributes.type === 'relatedLegalBasis'),
      'code',
    ),
    fieldsOfScience: categories(child(child(root, 'relations'), 'categories'), 'euroSciVoc'),
    participations,
  };
  return issues.length ? { issues } : { project, issues };
}

function codes(list: readonly XmlElement[], codeElement: string): CordisCode[] {
  const seen = new Map<string, CordisCode>();
  for (const e of list) {
    const code = textOf(e, codeElement);
    if (code && !seen.has(code))
      seen.set(code, { code, title: textOf(e, 'title'), ...parentsOf(e) });
  }
  return [...seen.values()];
}

/** `<parent><programme><code>` chains, nearest first; nothing when there is none. */
function parentsOf(e: XmlElement): { parents?: string[] } {
  const parents: string[] = [];
  for (
    let p = child(child(e, 'parent'), 'programme');
    p;
    p = child(child(p, 'parent'), 'programme')
  ) {
    const code = textOf(p, 'code');
    if (code) parents.push(code);
  }
  return parents.length ? { parents } : {};
}
