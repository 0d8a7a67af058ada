import type { DataSource } from 'typeorm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Clock } from '../shared/clock.js';
import type { RateLimits } from '../security/rate-limits.js';
import type { Viewer } from '../authz/index.js';

/**
 * The one shape of every server module. Its `x.module.ts` exports `createXModule(deps)` returning a
 * `ServerModule`; only the composition root (`server/src/composition/`) imports that file. Other
 * modules import the module's `index.ts`, which exports its types and services, never its store.
 */

/** How a service sets and clears the session cookie of the current response. */
export interface SessionCookie {
  readonly token: string | null;
  set(token: string, maxAgeSeconds: number | null): void;
  clear(): void;
}

/** What the HTTP layer knows of a request. */
export interface RequestMeta {
  requestId: string;
  ip: string;
  userAgent: string | null;
  cookie: SessionCookie;
}

/** What a module is built with, once per process. */
export interface ModuleDeps {
  ds: DataSource;
  clock: Clock;
  limits: RateLimits;
  /** For links in emails. */
  publicUrl: string;
  /** Whether emails leave through SMTP (otherwise staff read them in the outbox). */
  smtpConfigured: boolean;
}

/** What every service of every module receives for one request. */
export interface RequestDeps extends ModuleDeps {
  requestId: string;
  viewer: Viewer;
  meta: RequestMeta;
}

/**
 * The part of the per-request scope a module reads: its own loaders and services and those of the
 * lower modules it uses. The root's scope is checked against each module's slice where it is passed.
 */
export interface Slice {
  loaders: object;
  services: object;
}
export type RequestScope<S extends Slice> = RequestDeps & S;

/**
 * What HTTP routes outside GraphQL get: the request scope of a Fastify request (its viewer from the
 * session cookie, loaders and services), so a route decides and reads exactly as a resolver does.
 */
export interface HttpDeps<S extends Slice> extends ModuleDeps {
  scopeOf(request: FastifyRequest): Promise<RequestScope<S>>;
}

export interface ServerModule<Loaders, Services, Scope extends Slice> {
  /** Resolvers of the module's SDL file(s); typed against the generated types in the module. */
  resolvers: object;
  /** HTTP routes outside GraphQL (file downloads and uploads). */
  routes?(app: FastifyInstance, http: HttpDeps<Scope>): void;
  /** Built on first use in a request. */
  loaders(scope: RequestScope<Scope>): Loaders;
  services(scope: RequestScope<Scope>): Services;
}
