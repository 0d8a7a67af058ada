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
  /**
   * Instead of repeating one request for a while: each client sends its own requests in order (its
   * headers, then each body), all clients at once; the first of each warms up and is not counted.
   */
  scripts?: { headers: Record<string, string>; bodies: string[] }[];
}
export interface LoadResult {
  rps: number;
  p99: number;
  /** Requests completed, and the CPU these clients spent on them. */
  requests: number;
  clientCpuMs: number;
}

function send(agent: http.Agent, url: URL, { method = 'GET', headers = {}, body }: Load): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { agent, method, headers: body ? { ...headers, 'content-length': Buffer.byteLength(body) } : headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          if (res.statusCode === 200) resolve(text);
          else reject(new Error(`HTTP ${res.statusCode}: ${text}`));
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Latencies of scripted clients (see `Load.scripts`), sorted; a response with GraphQL errors fails the run. */
async function runScripts(load: Load & { scripts: NonNullable<Load['scripts']> }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: load.scripts.length });
  const url = new URL(load.url);
  const latencies: number[] = [];
  await Promise.all(
    load.scripts.map(async ({ headers, bodies }) => {
      for (const [k, body] of bodies.entries()) {
        const t0 = performance.now();
        const answer = await send(agent, url, { ...load, method: 'POST', headers, body });
        if (answer.includes('"errors"')) throw new Error(`requête refusée : ${answer}`);
        if (k > 0) latencies.push(performance.now() - t0);
      }
    }),
  );
  agent.destroy();
  return latencies.sort((a, b) => a - b);
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
  if (load.scripts) {
    runScripts({ ...load, scripts: load.scripts }).then(
      (latencies) => process.send!({ latencies }),
      (error: Error) => process.send!({ error: error.message }),
    );
    return;
  }
  run(load).then(
    (result) => process.send!({ result }),
    (error: Error) => process.send!({ error: error.message }),
  );
});
