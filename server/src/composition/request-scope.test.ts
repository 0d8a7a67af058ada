import { describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { compose } from './index.js';
import type { RateLimits } from '../security/rate-limits.js';

// Never connected: building a context runs no statement for a request without a session cookie.
const ds = new DataSource({ type: 'postgres' });
const newContext = compose(ds, {
  limits: {} as RateLimits,
  publicUrl: 'http://x',
  smtpConfigured: false,
  searchCacheSeconds: 0,
}).scopeOf;
const meta = () => ({
  requestId: 'r',
  ip: '127.0.0.1',
  userAgent: null,
  cookie: { token: null, set: () => undefined, clear: () => undefined },
});

describe('a request’s loaders and services', () => {
  it('are built once per request', async () => {
    const ctx = await newContext(meta());
    expect(ctx.viewer.kind).toBe('anonymous');
    expect(ctx.loaders.territory).toBe(ctx.loaders.territory);
    expect(ctx.services.territory).toBe(ctx.services.territory);
    expect(ctx.services.account).toBe(ctx.services.account);
    expect(ctx.loaders.programmation).toBe(ctx.loaders.programmation);
  });

  it('are not shared between requests', async () => {
    const [a, b] = await Promise.all([newContext(meta()), newContext(meta())]);
    expect(a.loaders.territory).not.toBe(b.loaders.territory);
    expect(a.services.programmation).not.toBe(b.services.programmation);
  });
});
