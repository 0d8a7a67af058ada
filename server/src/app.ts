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
import { buildSchema } from './graphql/schema.js';
import { createContextFactory, type GraphQLContext } from './graphql/context.js';
import { formatError } from './graphql/errors.js';
import type { Env } from './config/env.js';

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<GraphQLContext>;
  createContext: (requestId: string) => GraphQLContext;
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
export async function createApp(ds: DataSource, env: Env): Promise<App> {
  const app = express();
  const httpServer = http.createServer(app);
  const createContext = createContextFactory(ds);
  const apollo = new ApolloServer<GraphQLContext>({
    schema: buildSchema(),
    formatError,
    introspection: env.NODE_ENV !== 'production',
    includeStacktraceInErrorResponses: false,
    // Cache control would wrap every field resolver; HTTP caching is not used for this API.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();

  app.disable('x-powered-by');
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
    expressMiddleware(apollo, { context: async () => createContext(randomUUID()) }),
  );
  serveSpa(app, '/admin', path.join(env.repoRoot, 'admin', 'dist'));
  serveSpa(app, '/', path.join(env.repoRoot, 'portal', 'dist'));
  return { httpServer, apollo, createContext };
}
