/**
 * The bench's clients, in a process of their own as real clients are: sharing the server's event loop
 * would charge the server for the clients' work. Receives one load at a time, answers its figures.
 */
export interface Load {
  url: string;
  init: RequestInit;
  durationMs: number;
  concurrency: number;
}
export interface LoadResult {
  rps: number;
  p99: number;
}

async function run({ url, init, durationMs, concurrency }: Load): Promise<LoadResult> {
  const latencies: number[] = [];
  const end = performance.now() + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const res = await fetch(url, init);
        if (!res.ok) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / (durationMs / 1000), p99: latencies[Math.floor(latencies.length * 0.99)] ?? NaN };
}

process.on('message', (load: Load) => {
  run(load).then(
    (result) => process.send!({ result }),
    (error: Error) => process.send!({ error: error.message }),
  );
});
