/**
 * The bench's clients, in a process of their own as real clients are: sharing the server's event loop
 * would charge the server for the clients' work. Receives one load at a time, answers its figures.
 * They use node:http with keep-alive, the lightest client at hand: on a 2-core machine the clients'
 * CPU is taken from the server's, and fetch spent three times more per POST than per GET.
 */
import http from 'node:http';

export interface Load {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  durationMs: number;
  concurrency: number;
}
export interface LoadResult {
  rps: number;
  p99: number;
  /** Requests completed, and the CPU these clients spent on them. */
  requests: number;
  clientCpuMs: number;
}

function send(agent: http.Agent, url: URL, { method = 'GET', headers = {}, body }: Load): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { agent, method, headers: body ? { ...headers, 'content-length': Buffer.byteLength(body) } : headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          res.statusCode === 200
            ? resolve()
            : reject(new Error(`HTTP ${res.statusCode}: ${Buffer.concat(chunks).toString()}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function run(load: Load): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: load.concurrency });
  const url = new URL(load.url);
  const latencies: number[] = [];
  const cpu = process.cpuUsage();
  const end = performance.now() + load.durationMs;
  await Promise.all(
    Array.from({ length: load.concurrency }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        await send(agent, url, load);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const { user, system } = process.cpuUsage(cpu);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / (load.durationMs / 1000),
    p99: latencies[Math.floor(latencies.length * 0.99)] ?? NaN,
    requests: latencies.length,
    clientCpuMs: (user + system) / 1000,
  };
}

process.on('message', (load: Load) => {
  run(load).then(
    (result) => process.send!({ result }),
    (error: Error) => process.send!({ error: error.message }),
  );
});
