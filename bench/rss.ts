/** Samples this process's resident set size while some work runs; reports the peak. */
export function rssSampler(intervalMs = 50): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, intervalMs);
  timer.unref();
  return {
    stop(): number {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

/** Runs `work`, returning its result, wall time and the peak RSS seen meanwhile. */
export async function measured<T>(
  work: () => Promise<T> | T,
): Promise<{ value: T; ms: number; peakRss: number }> {
  const sampler = rssSampler();
  const began = performance.now();
  const value = await work();
  const ms = performance.now() - began;
  return { value, ms, peakRss: sampler.stop() };
}

export const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;
