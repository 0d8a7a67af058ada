import type { AddressInfo } from 'node:net';
import { createApp } from '../src/app.js';
import { loadEnv } from '../src/config/env.js';
import type { Harness } from './harness.js';

/** The whole HTTP app over the harness's database and clock, on a free port: for routes outside GraphQL. */
export async function startHttpServer(h: Pick<Harness, 'dataSource' | 'clock'>) {
  const { httpServer, apollo } = await createApp(h.dataSource, loadEnv(), { clock: h.clock });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`,
    close: () => apollo.stop(),
  };
}
