import type { DatasetAdapter } from '../pipeline/adapter.js';
import { rowIssue, RowIssueCode } from '../pipeline/issues.js';
import { CORDIS, releaseDateOf, releaseDocument, type ReleaseDocument } from './dataset.js';
import { planProject, type ProjectWrite } from './plan-project.js';
import type { CordisProject } from './project-record.js';
import { readRelease } from './read-release.js';
import { resolveRelease, type CordisContext } from './resolve-release.js';
import { writeProjectBatch } from './write-batch.js';

export interface CordisAdapterOptions {
  /** The release date, when the file names do not carry one (YYYY-MM-DD). */
  readonly releaseDate?: string;
  readonly onEntries?: (entries: number) => void;
}

/** A release's date: from its name, else the option; none is an issue of the release. */
const dateOf = (file: string, options: CordisAdapterOptions) =>
  releaseDateOf(file) ?? options.releaseDate;

/** CORDIS Horizon Europe releases (zip or folder) as the import pipeline's second adapter. */
export function cordisAdapter(
  options: CordisAdapterOptions = {},
): DatasetAdapter<CordisProject, CordisContext, ProjectWrite> {
  return {
    dataset: CORDIS,
    batchWrite: writeProjectBatch,
    document: (file): ReleaseDocument =>
      releaseDocument(file, dateOf(file, options) ?? '0000-00-00'),
    read: async (file) => {
      if (!dateOf(file, options))
        return {
          file,
          sha256: '',
          records: [],
          issues: [
            rowIssue(
              file,
              0,
              RowIssueCode.UNREADABLE,
              'the release date is not in the name (…-YYYY-MM-DD.zip): give --release-date',
            ),
          ],
        };
      return readRelease(file, { onProgress: options.onEntries });
    },
    resolve: resolveRelease,
    plan: planProject,
    fold: (batch) => [...batch],
  };
}
