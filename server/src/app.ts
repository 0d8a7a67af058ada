import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import compress from '@fastify/compress';
import helmet from 'helmet';
import { ApolloServer } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { DataSource } from 'typeorm';
import type { Clock } from './shared/clock.js';
import { createRateLimits } from './security/rate-limits.js';
import { queryLimits } from './security/apollo-options.js';
import { sessionCookie, sessionToken } from './security/session-cookie.js';
import { systemClock } from './shared/clock.js';
import { executionOptions } from './graphql/execution.js';
import type { GraphQLContext } from './graphql/context.js';
import { compose, type Composition } from './composition/index.js';
import { formatError, serviceUnavailableError, serviceUnavailableStatus } from './graphql/errors.js';
import { serveFrontEnds } from './front-ends.js';
import { limitBodyTime, serverTimeouts } from './http-timeouts.js';
import { pingDatabase } from './db/health.js';
import { isDatabaseUnavailable } from './db/unavailable.js';
import { SERVICE_UNAVAILABLE_MESSAGE, type ErrorCode } from './shared/errors.js';
import type { Env } from './config/env.js';

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<GraphQLContext>;
}

const API_ERRORS: Record<number, { message: string; code: ErrorCode }> = {
  408: { message: 'Requête trop lente : le corps n’est pas arrivé à temps.', code: 'REQUEST_TIMEOUT' },
  413: { message: 'Requête trop volumineuse (100 Ko au plus).', code: 'PAYLOAD_TOO_LARGE' },
  415: { message: 'Type de contenu non pris en charge : envoyez du JSON.', code: 'UNSUPPORTED_MEDIA_TYPE' },
};

/** POST (and GET, with the CSRF preflight header) /graphql; body too large or unreadable: a clear 4xx in JSON. */
async function graphqlRoute(
  app: FastifyInstance,
  apollo: ApolloServer<GraphQLContext>,
  composition: Composition,
  secureCookies: boolean,
) {
  await app.register(async (api) => {
    api.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
      const status = error.statusCode;
      if (!status || status >= 500) throw error;
      const { message, code } = API_ERRORS[status] ?? {
        message: 'Requête illisible : JSON invalide.',
        code: 'BAD_REQUEST',
      };
      return reply.code(status).send({ errors: [{ message, extensions: { code } }] });
    });
    api.route({
      url: '/graphql',
      method: ['GET', 'POST'],
      handler: fastifyApolloHandler(apollo, {
        context: (request, reply) =>
          composition
            .scopeOf({
              requestId: randomUUID(),
              ip: request.ip,
              userAgent: request.headers['user-agent'] ?? null,
              cookie: sessionCookie(request, reply, secureCookies),
            })
            .catch((error: unknown) => {
              // The session is read from the database: out of reach, that is a 503, not a 500.
              throw isDatabaseUnavailable(error) ? serviceUnavailableError() : error;
            }),
      }),
    });
  });
}

/**
 * helmet's headers (CSP, HSTS, nosniff…) depend on its options only: collected once from its
 * middleware, then added to every reply. The plugin wrapper for Fastify rebuilt helmet per request.
 */
export function securityHeaders(https: boolean): Record<string, string> {
  const headers: Record<string, string> = {};
  const collector = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = value),
    removeHeader: () => undefined,
  };
  helmet({
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        // Over plain http (a phone on the local network) it would send every asset to https: a blank page.
        'upgrade-insecure-requests': https ? [] : null,
      },
    },
  })({} as never, collector as never, () => undefined);
  return headers;
}

/** One process serves the API, the portal at / and the admin console at /admin. */
export async function createApp(ds: DataSource, env: Env, options: { clock?: Clock } = {}): Promise<App> {
  const clock = options.clock ?? systemClock;
  // Fastify rather than Express: measured on the quartier list, Express 5's stack cost 0.2–0.4 ms more CPU per request.
  const app = Fastify({ bodyLimit: 100 * 1024, trustProxy: env.TRUST_PROXY, ...serverTimeouts });
  const production = env.NODE_ENV === 'production';
  const composition = compose(ds, {
    limits: createRateLimits(ds),
    publicUrl: env.PUBLIC_URL,
    smtpConfigured: Boolean(env.SMTP_URL),
    searchCacheSeconds: env.IDEA_SEARCH_CACHE_SECONDS,
    clock,
  });
  const limits = queryLimits(production);
  const apollo = new ApolloServer<GraphQLContext>({
    ...executionOptions(composition.schema()),
    formatError,
    ...limits,
    // main.ts drains and stops on SIGTERM/SIGINT; Apollo's own handlers would re-raise the signal.
    stopOnTerminationSignals: false,
    // Cache control would wrap every field resolver; HTTP caching is not used for this API.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: app.server }),
      ApolloServerPluginCacheControlDisabled(),
      serviceUnavailableStatus,
      ...limits.plugins,
    ],
  });
  await apollo.start();

  const secure = securityHeaders(env.PUBLIC_URL.startsWith('https:'));
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(secure);
    done();
  });
  // Responses only: a compressed request body would be inflated past the body limits.
  await app.register(compress, { globalDecompression: false });
  limitBodyTime(app);
  // Internal errors are logged here and masked for the client; the database out of reach is a 503.
  app.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
    if (error.statusCode && error.statusCode < 500)
      return reply.code(error.statusCode).send({ error: 'Requête refusée.' });
    if (isDatabaseUnavailable(error)) return reply.code(503).send({ error: SERVICE_UNAVAILABLE_MESSAGE });
    console.error(error);
    return reply.code(500).send({ error: 'Erreur interne.' });
  });

  app.get('/healthz', async (_request, reply) =>
    (await pingDatabase(ds)) ? { status: 'ok' } : reply.code(503).send({ status: 'unavailable' }),
  );
  const https = env.PUBLIC_URL.startsWith('https:');
  await graphqlRoute(app, apollo, composition, https);
  composition.routes(app, (request) => ({
    requestId: request.id,
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
    cookie: { token: sessionToken(request), set: () => undefined, clear: () => undefined },
  }));
  await serveFrontEnds(
    app,
    [
      { base: '/admin', dist: path.join(env.repoRoot, 'admin', 'dist') },
      { base: '/', dist: path.join(env.repoRoot, 'portal', 'dist') },
    ],
    composition.territoryExists,
  );
  await app.ready();
  return { httpServer: app.server, apollo };
}
