import Fastify from 'fastify';
import { compose } from '../src/composition/index.js';
import { createRateLimits } from '../src/security/rate-limits.js';
import { SESSION_COOKIE } from '../src/modules/identity/index.js';
import type { Harness } from './harness.js';

/**
 * The modules' HTTP routes alone (file uploads and downloads), over the harness's database and clock,
 * as the server mounts them; requests are sent with `app.inject`, the session in a `Cookie` header.
 */
export async function routesApp(h: Harness) {
  const app = Fastify();
  compose(h.dataSource, {
    limits: createRateLimits(h.dataSource),
    publicUrl: 'http://quartiers.test',
    smtpConfigured: false,
    searchCacheSeconds: 0,
    clock: h.clock,
  }).routes(app, (request) => ({
    requestId: request.id,
    ip: request.ip,
    userAgent: null,
    cookie: {
      token: new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(request.headers.cookie ?? '')?.[1] ?? null,
      set: () => undefined,
      clear: () => undefined,
    },
  }));
  await app.ready();
  return app;
}
