import type { Pool, QueryConfig } from 'pg';
import type { DataSource } from 'typeorm';

/** A health probe answers within this time, whatever state PostgreSQL is in. */
export const HEALTH_TIMEOUT_MS = 2_000;

/**
 * Whether PostgreSQL answers a trivial statement within HEALTH_TIMEOUT_MS. A frozen server would
 * hold the probe until the pool's own timeouts (DB_TIMEOUTS), longer than a prober waits; the
 * statement carries the same bound, so that its connection is dropped then (pg-pool discards a
 * connection whose statement failed) rather than held for the probe's successors.
 */
export async function pingDatabase(ds: DataSource): Promise<boolean> {
  const pool = (ds.driver as unknown as { master: Pool }).master;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS)));
  // pg reads query_timeout per statement too; its typings know it only as a client setting.
  const statement = { text: '/* health */ SELECT 1', query_timeout: HEALTH_TIMEOUT_MS } as QueryConfig;
  const probe = pool.query(statement).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([probe, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
