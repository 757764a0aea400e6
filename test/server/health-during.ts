import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** One GET /health: when it was sent and answered (epoch ms, one clock) and what it said. */
export interface Probe {
  readonly start: number;
  readonly end: number;
  readonly status: number;
  readonly body: unknown;
}

/*
 * The prober runs in a process of its own (the test process is busy receiving the large answers of
 * the abusive requests). It calls GET /health one after another until its stdin closes and prints
 * each probe as a JSON line as soon as it is answered. A request that fails is printed with status
 * 0; one that never ends leaves the test to its timeout.
 */
const PROBER = `
const url = process.argv[1];
let running = true;
process.stdin.on('end', () => { running = false; });
process.stdin.resume();
(async () => {
  while (running) {
    const start = Date.now();
    let status = 0, body = null;
    try {
      const r = await fetch(url);
      status = r.status;
      body = await r.json();
    } catch (e) { body = String(e); }
    process.stdout.write(JSON.stringify({ start, end: Date.now(), status, body }) + '\\n');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
})();
`;

/**
 * Runs `work` (the abuse) while another process probes /health, again until at least one probe was
 * in flight while the work was (however fast the machine, the work is repeated until one was).
 * Returns every probe, the ones that overlapped a run of the work, and the last run's result. No
 * latency is judged here: bench/api/abuse.ts measures it.
 */
export async function healthWhile<T>(
  baseUrl: string,
  work: () => Promise<T>,
  maxRuns = 20,
): Promise<{ probes: Probe[]; during: Probe[]; runs: number; result: T }> {
  const child = spawn(process.execPath, ['-e', PROBER, `${baseUrl}/health`], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const probes: Probe[] = [];
  let arrived: () => void = () => undefined;
  createInterface({ input: child.stdout }).on('line', (line) => {
    probes.push(JSON.parse(line) as Probe);
    arrived();
  });
  /** Resolves once a probe that satisfies `done` has been printed. */
  const probeWhere = (done: (p: Probe) => boolean) =>
    new Promise<void>((resolve) => {
      arrived = () => probes.some(done) && resolve();
      arrived();
    });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const during: Probe[] = [];
  try {
    await probeWhere(() => true); // the prober is up and /health answered once before the work
    for (let runs = 1; ; runs++) {
      const began = Date.now();
      const result = await work();
      const ended = Date.now();
      // The probe in flight when the work ended has to be answered too.
      await probeWhere((p) => p.start >= ended);
      during.push(...probes.filter((p) => p.start <= ended && p.end >= began));
      if (during.length > 0 || runs === maxRuns) {
        child.stdin.end();
        await exited;
        return { probes, during, runs, result };
      }
    }
  } finally {
    if (child.exitCode === null) child.kill();
  }
}
