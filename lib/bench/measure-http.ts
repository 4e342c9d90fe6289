/** Timing helpers for the web benchmark: loopback requests, bounded loops, percentiles. */
export type Timing = { first: number; p50: number; p95: number; max: number; runs: number };

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export async function timeRequest(url: string): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now();
  const res = await fetch(url);
  const body = await res.text();
  return { ms: performance.now() - started, status: res.status, body };
}

/** Requests `url` `runs` times in a row; the first run meets a cold aggregate cache and is reported apart. */
export async function measure(url: string, runs: number): Promise<Timing> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await timeRequest(url);
    if (r.status !== 200) throw new Error(`${url} answered ${r.status}: ${r.body.slice(0, 300)}`);
    times.push(r.ms);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    first: times[0],
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted[sorted.length - 1],
    runs,
  };
}

export async function waitForServer(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs / 1000} s`);
}
