import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { z } from 'zod';

/** The only module that reads process.env: everything else receives typed config. */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Absent: an embedded PostgreSQL is started in QUARTIERS_DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  QUARTIERS_DATA_DIR: z.string().default(path.join(repoRoot, '.data', 'postgres')),
  EMBEDDED_PG_PORT: z.coerce.number().int().default(54329),
  /** Load the demo data at start (the four agglomerations and the fictional Val-Fictif; idempotent). */
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Where the user ran pnpm (pnpm sets it), to resolve relative paths given on the command line. */
  INIT_CWD: z.string().optional(),
  /** The address people reach the platform at: links in emails point there. Default: localhost on PORT. */
  PUBLIC_URL: z.string().url().optional(),
  /** e.g. smtps://user:pass@smtp.example.org:465. Absent: emails stay in the outbox, readable in /admin. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Quartiers <ne-pas-repondre@quartiers.localhost>'),
  /** Set when a proxy (load balancer) sits in front: client IPs are then read from X-Forwarded-For. */
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** How long a process keeps which ideas a search or a suggestion found (0: not at all). */
  IDEA_SEARCH_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(15),
  LOG_SQL: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export type Env = z.infer<typeof schema> & { PUBLIC_URL: string; repoRoot: string };

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Configuration invalide :\n${lines.join('\n')}`);
  }
  const { PUBLIC_URL = `http://localhost:${parsed.data.PORT}` } = parsed.data;
  return { ...parsed.data, PUBLIC_URL, repoRoot };
}
