import { spawn } from 'node:child_process';

/*
 * The prober runs in a process of its own: the test (or bench) process is busy receiving the large
 * answers of the abusive requests, and its own event loop must not count as the server's delay.
 * It calls GET /health one after another (every 10 ms) until its stdin closes, then prints the
 * latencies (ms) as JSON.
 */
const PROBER = `
const url = process.argv[1];
const latencies = [];
let running = true;
process.stdin.on('end', () => { running = false; });
process.stdin.resume();
(async () => {
  while (running) {
    const started = performance.now();
    try { const r = await fetch(url); await r.arrayBuffer(); } catch { latencies.push(Infinity); continue; }
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  process.stdout.write(JSON.stringify(latencies));
})();
`;

/**
 * /health latencies (ms, slowest first) seen by a separate process while `work` runs: how long a
 * health check waited while abusive requests ran.
 */
export async function healthLatencyDuring<T>(
  baseUrl: string,
  work: () => Promise<T>,
): Promise<{ latencies: number[]; result: T }> {
  const child = spawn(process.execPath, ['-e', PROBER, `${baseUrl}/health`], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // Let the prober start before the work does.
  await new Promise((resolve) => setTimeout(resolve, 300));
  try {
    const result = await work();
    child.stdin.end();
    await exited;
    const latencies = (JSON.parse(out || '[]') as (number | null)[]).map((l) => l ?? Infinity);
    return { latencies: latencies.sort((a, b) => b - a), result };
  } finally {
    if (child.exitCode === null) child.kill();
  }
}

/** POSTs a GraphQL request and reads the body as bytes (no JSON parsing in the test process). */
export async function postRaw(
  baseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ status: number; bytes: number; text: () => string }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, bytes: body.length, text: () => body.toString('utf8') };
}
