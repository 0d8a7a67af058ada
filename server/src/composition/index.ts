import type { FastifyInstance, FastifyRequest } from 'fastify';
import { mergeResolvers } from '@graphql-tools/merge';
import { DataSource } from 'typeorm';
import { systemClock, type Clock } from '../shared/clock.js';
import type { RateLimits } from '../security/rate-limits.js';
import type { HttpDeps, ModuleDeps, RequestMeta } from '../modules/contract.js';
import { baseResolvers, buildSchema } from '../graphql/schema.js';
import type { Resolvers } from '../graphql/__generated__/resolvers-types.js';
import { createModules } from './modules.js';
import { RequestScope } from './request-scope.js';

export interface CompositionOptions {
  limits: RateLimits;
  publicUrl: string;
  smtpConfigured: boolean;
  /** How long a process keeps which ideas a search found (0: not kept). */
  searchCacheSeconds: number;
  clock?: Clock;
}

/**
 * The composition root: builds every module once, then one request scope per request. Nothing under
 * `modules/` imports this folder (the lint rules in .dependency-cruiser.cjs refuse it).
 */
export function compose(ds: DataSource, options: CompositionOptions) {
  const { searchCacheSeconds, ...rest } = options;
  const deps: ModuleDeps = { ds, clock: options.clock ?? systemClock, ...rest };
  const modules = createModules(deps, { searchCacheSeconds });
  const all = Object.values(modules);

  /** A request's scope: the viewer of its session cookie (no statement without one), lazy loaders and services. */
  async function scopeOf(meta: RequestMeta): Promise<RequestScope> {
    const { viewer, user } = await modules.identity.viewerOf(meta.cookie.token);
    return new RequestScope(modules, deps, meta, viewer, user);
  }

  return {
    modules,
    scopeOf,
    schema: () =>
      buildSchema(mergeResolvers([baseResolvers, ...all.map((m) => m.resolvers as Resolvers)]) as Resolvers),
    /** Every module's HTTP routes, each request resolved into a scope as GraphQL requests are. */
    routes(app: FastifyInstance, metaOf: (request: FastifyRequest) => RequestMeta) {
      const http: HttpDeps<RequestScope> = { ...deps, scopeOf: (request) => scopeOf(metaOf(request)) };
      modules.territory.routes?.(app, http);
      modules.consultation.routes?.(app, http);
      modules.ideas.routes?.(app, http);
      modules.events.routes?.(app, http);
      modules.programmation.routes?.(app, http);
    },
    territoryExists: modules.territory.exists,
  };
}
export type Composition = ReturnType<typeof compose>;

/** The schema alone, for tests that validate or generate documents: modules over a database never connected. */
export const standaloneSchema = () =>
  compose(new DataSource({ type: 'postgres' }), {
    limits: {} as RateLimits,
    publicUrl: 'http://localhost',
    smtpConfigured: false,
    searchCacheSeconds: 0,
  }).schema();
