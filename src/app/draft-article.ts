import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config/config.js';
import { fromRoot } from '../config/paths.js';
import { readArticle } from '../draft/article.js';
import { draftArticle, type Draft, type DraftOptions } from '../draft/draft.js';
import type { KnownEntity } from '../draft/gazetteer.js';
import { seedEventOn, seedGazetteer } from '../draft/seed-gazetteer.js';
import { loadGazetteer } from '../draft/load-gazetteer.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/codes.js';
import { cypherFile } from '../neo4j/cypher-file.js';
import { runningGraph } from './running-graph.js';

export interface DraftFileOptions extends DraftOptions {
  readonly out?: string;
  readonly force?: boolean;
  readonly offline?: boolean;
  readonly maxMb?: number;
}

export interface DraftedFile extends Draft {
  readonly against: string;
  readonly ms: number;
  /** Where it was written; undefined when printed. */
  readonly written?: string;
}

/**
 * `draft`: reads the article, then the graph's names (read only; no graph, or --offline: the names
 * the seed files declare), and writes the proposed seed file to --out (never over an existing file without --force).
 */
export async function draftFile(
  config: Config,
  file: string,
  options: DraftFileOptions,
): Promise<DraftedFile> {
  const t0 = performance.now();
  if (options.out && existsSync(options.out) && !options.force) {
    throw new AppError(ErrorCode.DRAFT_INPUT_INVALID, `${options.out} exists: not overwritten`, {
      hint: 'give another --out, or --force to replace it',
    });
  }
  const article = readArticle(resolve(file), options.maxMb);
  const graph = options.offline ? { reason: '--offline' } : await runningGraph(config);
  const outPath = resolve(options.out ?? 'draft.yaml');
  const schemaFile = fromRoot('seed', 'schema.json');
  let draft: Draft;
  let against: string;
  if ('reason' in graph) {
    // (no graph: the names the curated seed files declare, as a graph loaded with them would)
    against = `the seed files (no graph: ${graph.reason})`;
    draft = await draftArticle(article, options, {
      gazetteer: seedGazetteer(),
      eventOn: seedEventOn(),
      against,
      outPath,
      schemaFile,
    });
  } else {
    against = `the graph at ${graph.connection.uri}`;
    try {
      const gazetteer = await loadGazetteer(graph.driver, graph.connection.database);
      const eventOn = (date: string, city?: string) =>
        eventOnDay(graph.driver, graph.connection.database, date, city);
      const documentAt = (url: string) =>
        documentAtUrl(graph.driver, graph.connection.database, url);
      draft = await draftArticle(article, options, {
        gazetteer,
        against,
        outPath,
        schemaFile,
        eventOn,
        documentAt,
      });
    } finally {
      await graph.driver.close();
    }
  }
  if (options.out) {
    const tmp = `${outPath}.tmp-${process.pid}`;
    writeFileSync(tmp, draft.yaml, { flag: 'wx' });
    renameSync(tmp, outPath);
  }
  return {
    ...draft,
    against,
    ms: performance.now() - t0,
    ...(options.out ? { written: options.out } : {}),
  };
}

/** A curated event the graph has on that day (in that city when both are known); meetings aside. */
async function eventOnDay(
  driver: Driver,
  database: string,
  date: string,
  city?: string,
): Promise<KnownEntity | undefined> {
  const { records } = await driver.executeQuery(
    cypherFile('seed/events-near-dates.cypher'),
    { dates: [date] },
    { database, routing: 'READ' },
  );
  const found = records
    .map((r) => ({
      id: r.get('id') as string,
      name: r.get('name') as string,
      date: r.get('date') as string | null,
      city: r.get('city') as string | null,
      aliases: r.get('aliases') as string[],
    }))
    .filter(
      (e) =>
        !e.id.startsWith('event:meeting-') &&
        e.date === date &&
        (!city || !e.city || e.city === city),
    );
  const e = found[0];
  return e ? { id: e.id, label: 'Event', name: e.name, aliases: e.aliases } : undefined;
}

async function documentAtUrl(driver: Driver, database: string, url: string) {
  const { records } = await driver.executeQuery(
    cypherFile('draft/document-by-url.cypher'),
    { url },
    { database, routing: 'READ' },
  );
  const r = records[0];
  return r ? { id: r.get('id') as string, name: r.get('name') as string } : undefined;
}
