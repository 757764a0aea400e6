/**
 * Calls GET /health one after another (every 10 ms) while `work` runs and returns the latencies
 * in ms, the slowest first: how long a health check waited while abusive requests ran.
 */
export async function healthLatencyDuring<T>(
  baseUrl: string,
  work: () => Promise<T>,
): Promise<{ latencies: number[]; result: T }> {
  const latencies: number[] = [];
  let running = true;
  const probe = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}/health`);
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  try {
    const result = await work();
    return { latencies: latencies.sort((a, b) => b - a), result };
  } finally {
    running = false;
    await probe;
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
