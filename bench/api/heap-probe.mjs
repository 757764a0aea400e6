// Preloaded into the benchmarked `serve` process only (node --expose-gc --import …): on SIGUSR2 it
// runs a full garbage collection and writes process.memoryUsage() to $PG_HEAP_REPORT, so the load
// benchmark can compare live heap between rounds (RSS alone grows lazily and proves nothing).
import { renameSync, writeFileSync } from 'node:fs';

const out = process.env.PG_HEAP_REPORT;
if (out && typeof globalThis.gc === 'function') {
  process.on('SIGUSR2', () => {
    globalThis.gc();
    globalThis.gc();
    // Written aside and renamed: the reader never sees half a file.
    writeFileSync(`${out}.tmp`, JSON.stringify({ ...process.memoryUsage(), at: Date.now() }));
    renameSync(`${out}.tmp`, out);
  });
}
