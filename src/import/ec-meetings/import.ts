import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { cypherFile } from '../../neo4j/cypher-file.js';
import { NameCollector } from './collect.js';
import { datasetDocument, type DatasetDocument } from './dataset.js';
import type { RowIssue } from './issues.js';
import { loadJudgements, type Judgement } from '../../identity/judgements.js';
import { readKnown, type KnownEntity } from './known.js';
import { organisationKey, personKey } from '../../model/names/normalise.js';
import { foldBatch, planMeeting, type MeetingWrite, type Resolved } from './plan-meeting.js';
import { resolveNames, type Resolution } from '../../identity/resolve-names.js';
import { scanFile, type FileScan } from './scan.js';
import { SubjectMatcher } from './subjects.js';
import { suggest, type Suggestion } from '../../identity/suggestions.js';
import {
  markImported,
  writeEntities,
  writeMeetings,
  zeroCounts,
  type WriteCounts,
} from './write.js';

export interface ImportOptions {
  readonly dryRun?: boolean;
  /** `stop` (default): any bad row → nothing written. `skip`: load the valid rows, list the rest. */
  readonly onError?: 'stop' | 'skip';
  readonly judgementsPath: string;
  readonly batchSize?: number;
  readonly maxLineBytes?: number;
  readonly onStage?: (stage: string) => void;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ImportReport {
  readonly files: FileScan[];
  readonly issues: RowIssue[];
  readonly written: boolean;
  readonly rowsRead: number;
  readonly rowsValid: number;
  readonly meetings: { readonly distinct: number; readonly created: number };
  readonly organisations: EntityCounts;
  readonly officials: EntityCounts;
  readonly suggestions: Suggestion[];
  readonly conflicts: string[];
  readonly subjectTerms: number;
  readonly counts: WriteCounts;
  readonly resolutions: { organisations: Resolution; officials: Resolution };
  readonly elapsedMs: number;
}

/** created: new nodes; linked: tied to a curated entity; known: created by an earlier import. */
export interface EntityCounts {
  readonly created: number;
  readonly linked: number;
  readonly known: number;
  readonly spellings: number;
}

export const DEFAULT_BATCH = 500;

/**
 * Imports register files: pass 1 streams and checks every row and collects the names; with `stop`
 * any bad row ends it there (nothing written). Then names are resolved against the graph and the
 * judgements, entities and suggestions written in one transaction, and pass 2 streams the files
 * again writing meetings in batches of `batchSize` rows, one transaction each (MERGE: an
 * interrupted import run again completes without duplicates). Last, the dataset Documents get
 * their sha256: only then is the import "loaded and unchanged" for importIfChanged.
 */
export async function importMeetings(
  driver: Driver,
  database: string,
  files: readonly string[],
  options: ImportOptions,
): Promise<ImportReport> {
  const started = performance.now();
  const docs = files.map(datasetDocument);
  const names = new NameCollector();
  options.onStage?.('check');
  const scans: FileScan[] = [];
  for (const doc of docs)
    scans.push(await scanFile(doc.file, (row) => names.add(row, doc.id), options.maxLineBytes));
  const issues = scans.flatMap((s) => s.issues);
  const rowsValid = scans.reduce((n, s) => n + s.rows, 0);
  const judgements = loadJudgements(options.judgementsPath);
  const stop = (options.onError ?? 'stop') === 'stop' && issues.length > 0;

  options.onStage?.('resolve');
  const known = await readKnownEntities(driver, database);
  const organisations = resolveNames(
    names.organisations,
    known.filter((k) => k.label === 'Organisation'),
    judgements,
    organisationKey,
    'org',
  );
  const officials = resolveNames(
    names.officials,
    known.filter((k) => k.label === 'Person'),
    judgements,
    personKey,
    'person',
  );
  const suggestions = [
    ...suggest(
      'Organisation',
      organisations.entities,
      known,
      judgements,
      organisationKey,
      'register row',
    ),
    ...suggest('Person', officials.entities, known, judgements, personKey, 'register row'),
  ];
  const subjects = new SubjectMatcher(known);
  const base = {
    files: scans,
    issues,
    rowsRead: rowsValid + issues.length,
    rowsValid,
    organisations: countEntities(organisations, known),
    officials: countEntities(officials, known),
    suggestions,
    conflicts: [...organisations.conflicts, ...officials.conflicts],
    subjectTerms: subjects.size,
    resolutions: { organisations, officials },
  };
  const counts = zeroCounts();
  const meetings = { distinct: 0, created: 0 };
  if (stop || options.dryRun || rowsValid === 0) {
    if (options.dryRun && !stop)
      meetings.distinct = await countMeetings(docs, options, {
        organisations: organisations.bySpelling,
        officials: officials.bySpelling,
        subjects,
      });
    return { ...base, meetings, counts, written: false, elapsedMs: performance.now() - started };
  }

  options.onStage?.('write');
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  add(
    counts,
    await writeEntities(
      driver,
      database,
      docs,
      [
        {
          label: 'Organisation',
          entities: organisations.entities,
          mentions: names.orgMentions,
          superseded: superseded(organisations, known),
        },
        {
          label: 'Person',
          entities: officials.entities,
          mentions: names.officialMentions,
          superseded: superseded(officials, known),
        },
      ],
      suggestions,
      1000,
    ),
  );
  const resolved: Resolved = {
    organisations: organisations.bySpelling,
    officials: officials.bySpelling,
    subjects,
  };
  let done = 0;
  let batch: MeetingWrite[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const folded = foldBatch(batch);
    const c = await writeMeetings(driver, database, folded);
    meetings.created += c.nodesCreated;
    add(counts, c);
    done += batch.length;
    batch = [];
    options.onProgress?.(done, rowsValid);
  };
  const judgementsHash = hashJudgements(options.judgementsPath);
  for (const [i, doc] of docs.entries()) {
    const again = await scanFile(
      doc.file,
      async (row) => {
        batch.push(planMeeting(row, doc, resolved));
        if (batch.length >= batchSize) await flush();
      },
      options.maxLineBytes,
    );
    if (again.sha256 !== scans[i]!.sha256)
      throw new Error(`${doc.file} changed during the import; run it again`);
  }
  await flush();
  meetings.distinct = await countStated(driver, database, docs);
  if (issues.length === 0)
    await markImported(
      driver,
      database,
      docs.map((d, i) => ({ id: d.id, sha256: scans[i]!.sha256, importedWith: judgementsHash })),
    );
  return { ...base, meetings, counts, written: true, elapsedMs: performance.now() - started };
}

async function countStated(driver: Driver, database: string, docs: readonly DatasetDocument[]) {
  const { records } = await driver.executeQuery(
    cypherFile('import/count-meetings.cypher'),
    { docs: docs.map((d) => d.id) },
    { database, routing: 'READ' },
  );
  return Number(records[0]?.get('meetings') ?? 0);
}

async function readKnownEntities(driver: Driver, database: string): Promise<KnownEntity[]> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead((tx) => readKnown(tx));
  } finally {
    await session.close();
  }
}

/** Dry run: how many distinct meetings the files hold (ids only are kept). */
async function countMeetings(
  docs: readonly DatasetDocument[],
  options: ImportOptions,
  resolved: Resolved,
) {
  const ids = new Set<string>();
  for (const doc of docs)
    await scanFile(
      doc.file,
      (row) => void ids.add(planMeeting(row, doc, resolved).id),
      options.maxLineBytes,
    );
  return ids.size;
}

function countEntities(r: Resolution, known: readonly KnownEntity[]): EntityCounts {
  const inGraph = new Set(known.map((k) => k.id));
  return {
    created: r.entities.filter((e) => !inGraph.has(e.id)).length,
    linked: r.entities.filter((e) => e.existing && !e.existing.imported).length,
    known: r.entities.filter((e) => e.existing?.imported || (!e.existing && inGraph.has(e.id)))
      .length,
    spellings: r.bySpelling.size,
  };
}

/** Imported entities named (name or alias) by a spelling that now resolves to another entity. */
function superseded(r: Resolution, known: readonly KnownEntity[]): string[] {
  const ids = new Set<string>();
  for (const k of known.filter((k) => k.imported))
    for (const spelling of [k.name, ...k.aliases]) {
      const now = r.bySpelling.get(spelling);
      if (now && now.id !== k.id) ids.add(k.id);
    }
  return [...ids];
}

/** The judgements as applied (a change in them means a new resolution, so a new import). */
export function hashJudgements(path: string): string {
  const text = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
  return createHash('sha256').update(text).digest('hex');
}

function add(into: WriteCounts, c: WriteCounts): void {
  into.nodesCreated += c.nodesCreated;
  into.relationshipsCreated += c.relationshipsCreated;
  into.propertiesSet += c.propertiesSet;
}

export type { Judgement };
