import { createServer } from 'node:net';

/**
 * A TCP port nobody listens on right now, chosen by the system. A port picked at random in the
 * ephemeral range may already be held by one of the run's own sockets (CI saw PostgreSQL exit on
 * such a port).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
