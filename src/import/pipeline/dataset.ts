import { basename } from 'node:path';

/** A dataset an import reads: its name (audit trail, judgements) and the origin of what it creates. */
export interface Dataset {
  /** `ec-meetings`, `cordis`: the audit record's name. */
  readonly name: string;
  /** The `origin` property of every node this import creates (`import:<name>`). */
  readonly origin: string;
}

export const datasetNamed = (name: string): Dataset => ({ name, origin: `import:${name}` });

/** The Document (kind DATASET) a dataset file or release becomes; every imported fact cites it. */
export interface DatasetDocument {
  readonly id: string;
  readonly file: string;
  readonly props: Record<string, unknown>;
}

/** Where a dataset states a fact: `directorate-general.jsonl:12` (relationships keep a list, `lines`). */
export const lineOf = (file: string, line: number): string => `${basename(file)}:${line}`;
