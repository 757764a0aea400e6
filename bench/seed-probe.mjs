// Preloaded into a benchmarked `policy-graph seed` process (node --import …): at exit it writes the
// process's own peak resident set size (getrusage's maxrss) to $PG_RUSAGE_REPORT, so the bench reads
// the memory a user's seed run needs, apart from the bench's own process.
import { writeFileSync } from 'node:fs';

const out = process.env.PG_RUSAGE_REPORT;
if (out) {
  process.on('exit', () => {
    writeFileSync(out, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
  });
}
