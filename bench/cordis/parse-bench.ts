/**
 * How fast a CORDIS release is read and checked by itself (no Neo4j): wall time, projects/s,
 * participations/s, MB of XML per second, peak RSS and what stays in memory after a GC.
 * Run: node --expose-gc --import tsx bench/cordis/parse-bench.ts <release.zip> → bench/results/
 * cordis-parse-<date>.{json,md}; `--smoke` reads a generated release of 50 projects instead and
 * writes to BENCH_RESULTS_DIR or a temporary folder (CI).
 */
import { statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { readRelease } from '../../src/import/cordis/read-release.js';
import { fromRoot } from '../../src/config/paths.js';
import { organisationXml, projectXml, writeZip } from '../../harness/cordis-release.js';

const smoke = process.argv.includes('--smoke');
const path = smoke ? await smokeRelease() : process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!path) {
  console.error('usage: bench/cordis/parse-bench.ts <release.zip|folder> | --smoke');
  process.exit(2);
}

let peakRss = 0;
const sample = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
const started = performance.now();
const release = await readRelease(path);
const seconds = (performance.now() - started) / 1000;
clearInterval(sample);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
(globalThis as { gc?: () => void }).gc?.();
const retainedMb = Math.round(process.memoryUsage().heapUsed / 1e6);

const participations = release.records.reduce((n, p) => n + p.participations.length, 0);
const xmlMb = (await unpackedBytes(path)) / 1e6;
const result = {
  release: path.split('/').pop(),
  zipMb: Math.round(statSync(path).size / 1e5) / 10,
  xmlMb: Math.round(xmlMb),
  projects: release.records.length,
  participations,
  organisations: new Set(release.records.flatMap((p) => p.participations.map((x) => x.pic))).size,
  issues: release.issues.length,
  seconds: Math.round(seconds * 10) / 10,
  projectsPerS: Math.round(release.records.length / seconds),
  participationsPerS: Math.round(participations / seconds),
  xmlMbPerS: Math.round((xmlMb / seconds) * 10) / 10,
  peakRssMb: Math.round(peakRss / 1e6),
  retainedHeapMb: retainedMb,
};
const day = new Date().toISOString().slice(0, 10);
const dir = smoke ? (process.env.BENCH_RESULTS_DIR ?? tmpdir()) : fromRoot('bench', 'results');
writeFileSync(join(dir, `cordis-parse-${day}.json`), `${JSON.stringify(result, null, 2)}\n`);
const rows = Object.entries(result).map(([k, v]) => `| ${k} | ${v} |`);
writeFileSync(
  join(dir, `cordis-parse-${day}.md`),
  `# CORDIS release, read and checked (no Neo4j), ${day}\n\n| measure | value |\n| --- | --- |\n${rows.join('\n')}\n`,
);
console.log(result);
if (smoke && (result.projects !== 50 || result.issues !== 0))
  throw new Error('smoke release misread');

/** A generated release of 50 projects of 6 participants each (the smoke pass). */
async function smokeRelease(): Promise<string> {
  const entries: Record<string, string> = {};
  for (let i = 0; i < 50; i++) {
    const orgs = Array.from({ length: 6 }, (_, j) =>
      organisationXml(String(900000000 + ((i * 7 + j) % 40)), `ORGANISATION ${(i * 7 + j) % 40}`),
    ).join('\n');
    entries[`data/${i}/${i}.xml`] = projectXml(String(101000000 + i), orgs);
  }
  return writeZip(entries, 'smoke-release.zip');
}

/** Sum of the entries' uncompressed sizes (the MB of XML parsed). */
function unpackedBytes(zip: string): Promise<number> {
  return new Promise((resolve, reject) =>
    yauzl.open(zip, { lazyEntries: true, decodeStrings: false }, (error, file) => {
      if (error) return reject(error);
      let total = 0;
      file.on('entry', (e: yauzl.Entry) => ((total += e.uncompressedSize), file.readEntry()));
      file.on('end', () => resolve(total));
      file.on('error', reject);
      file.readEntry();
    }),
  );
}
