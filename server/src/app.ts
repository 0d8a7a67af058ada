import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import express from 'express';
import compression from 'compression';
import helmet from 'helmet';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { DataSource } from 'typeorm';
import type { Clock } from './shared/clock.js';
import { createRateLimits } from './security/rate-limits.js';
import { queryLimits } from './security/apollo-options.js';
import { sessionCookie } from './security/session-cookie.js';
import { annexHandler, deliberationRoutes } from './modules/consultation/index.js';
import { systemClock } from './shared/clock.js';
import { buildSchema } from './graphql/schema.js';
import { executionOptions } from './graphql/execution.js';
import { createContextFactory, type GraphQLContext } from './graphql/context.js';
import { formatError } from './graphql/errors.js';
import type { Env } from './config/env.js';

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<GraphQLContext>;
}

/** A built front end served under `base`, with client-side routes falling back to its index.html. */
function serveSpa(app: express.Express, base: string, dist: string) {
  if (!existsSync(dist)) {
    app.get(base, (_req, res) => {
      res.status(503).type('text/plain').send(`Interface non construite : lancez « pnpm build » (${dist}).`);
    });
    return;
  }
  app.use(base, express.static(dist, { index: false, maxAge: '1y', immutable: true }));
  app.get(`${base === '/' ? '' : base}/{*rest}`, (req, res, next) => {
    if (req.path.startsWith('/graphql') || (base === '/' && req.path.startsWith('/admin'))) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(dist, 'index.html'));
  });
}

/** One process serves the API, the portal at / and the admin console at /admin. */
export async function createApp(ds: DataSource, env: Env, options: { clock?: Clock } = {}): Promise<App> {
  const app = express();
  const httpServer = http.createServer(app);
  const production = env.NODE_ENV === 'production';
  const createContext = createContextFactory(ds, {
    limits: createRateLimits(ds),
    publicUrl: env.PUBLIC_URL,
    smtpConfigured: Boolean(env.SMTP_URL),
    clock: options.clock,
  });
  const limits = queryLimits(production);
  const apollo = new ApolloServer<GraphQLContext>({
    ...executionOptions(buildSchema()),
    formatError,
    ...limits,
    // Cache control would wrap every field resolver; HTTP caching is not used for this API.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      ...limits.plugins,
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  // API answers are not cached by HTTP: hashing each body for an ETag is wasted CPU.
  app.set('etag', false);
  if (env.TRUST_PROXY) app.set('trust proxy', true);
  const secureCookies = env.PUBLIC_URL.startsWith('https:');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
        },
      },
    }),
  );
  app.use(compression());
  app.get('/healthz', async (_req, res) => {
    try {
      await ds.query('/* health */ SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        createContext({
          requestId: randomUUID(),
          ip: req.ip ?? 'unknown',
          userAgent: req.get('user-agent') ?? null,
          cookie: sessionCookie(req, res, secureCookies),
        }),
    }),
  );
  // Body too large, malformed JSON: a clear 4xx in JSON, never a 500.
  app.use('/graphql', ((error, _req, res, next) => {
    const status = (error as { status?: number }).status;
    if (!status || status >= 500) return next(error);
    res.status(status).json({
      errors: [
        {
          message: status === 413 ? 'Requête trop volumineuse (100 Ko au plus).' : 'Requête illisible : JSON invalide.',
          extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' },
        },
      ],
    });
  }) as express.ErrorRequestHandler);
  const token = (req: express.Request) => sessionCookie(req, req.res!, secureCookies).token;
  const deliberations = deliberationRoutes(ds, options.clock ?? systemClock, token);
  app.get('/exports/:code/rapports/:year/annexe.:format', annexHandler(ds, options.clock ?? systemClock, token));
  app.use('/exports', deliberations.exports);
  app.use('/uploads', deliberations.uploads);
  // Files too large or of the wrong type: a clear 4xx, never a 500.
  app.use('/uploads', ((error, _req, res, next) => {
    const status = (error as { status?: number }).status;
    if (status === 413) return void res.status(413).json({ error: 'Fichier trop volumineux (5 Mo au plus).' });
    next(error);
  }) as express.ErrorRequestHandler);
  serveSpa(app, '/admin', path.join(env.repoRoot, 'admin', 'dist'));
  serveSpa(app, '/', path.join(env.repoRoot, 'portal', 'dist'));
  return { httpServer, apollo };
}
