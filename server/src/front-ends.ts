import { existsSync } from 'node:fs';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { isTerritoryCode } from './shared/text.js';

export interface FrontEnd {
  /** Where it is served, e.g. `/admin`; the most specific first. */
  base: string;
  /** Its Vite build. */
  dist: string;
}

/** Paths that belong to the server: never answered with a front end's index.html. */
const SERVER_PATHS = /^\/(graphql|exports|uploads|healthz)(\/|$)/;

/** First path segments of the portal that are pages, not territory codes. */
const PORTAL_PAGES = new Set(['compte', 'invitation', 'confidentialite']);

/**
 * Whether a client route names a territory that exists (`/<code>/…`, `/admin/<code>/…`): an unknown
 * code gets its front end's page with HTTP 404, so that crawlers and link checkers see it missing.
 */
export type TerritoryExists = (code: string) => Promise<boolean>;

async function routeStatus(frontEnd: FrontEnd, pathname: string, exists: TerritoryExists): Promise<number> {
  const rest = frontEnd.base === '/' ? pathname : pathname.slice(frontEnd.base.length);
  const segment = decodeSegment(rest.split('/')[1] ?? '');
  if (segment === null) return 404;
  if (!segment || (frontEnd.base === '/' && PORTAL_PAGES.has(segment))) return 200;
  return isTerritoryCode(segment) && (await exists(segment)) ? 200 : 404;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * Built front ends: hashed assets cached for a year, client-side routes answered with their
 * index.html (never cached, so a new build is picked up).
 */
export async function serveFrontEnds(app: FastifyInstance, frontEnds: FrontEnd[], exists: TerritoryExists) {
  // Decided once, as the static files are: a front end built after start needs a restart.
  const built = frontEnds.filter(({ dist }) => existsSync(dist));
  for (const [i, { base, dist }] of built.entries()) {
    await app.register(fastifyStatic, {
      root: dist,
      prefix: base === '/' ? '/' : `${base}/`,
      index: false,
      maxAge: '1y',
      immutable: true,
      decorateReply: i === 0,
    });
  }
  const index = (frontEnd: FrontEnd, reply: FastifyReply, status = 200) =>
    built.includes(frontEnd)
      ? reply
          .code(status)
          .header('cache-control', 'no-cache')
          .sendFile('index.html', frontEnd.dist, { cacheControl: false })
      : reply.code(503).send(`Interface non construite : lancez « pnpm build » (${frontEnd.dist}).`);
  // The static files' folder itself is not listed: its root is the front end's home page.
  for (const frontEnd of frontEnds) {
    for (const url of frontEnd.base === '/' ? ['/'] : [frontEnd.base, `${frontEnd.base}/`]) {
      app.get(url, (_request, reply) => index(frontEnd, reply));
    }
  }
  app.setNotFoundHandler(async (request, reply) => {
    const pathname = request.url.split('?')[0]!;
    const frontEnd = frontEnds.find(({ base }) => base === '/' || pathname === base || pathname.startsWith(`${base}/`));
    if (!frontEnd || !['GET', 'HEAD'].includes(request.method) || SERVER_PATHS.test(pathname)) {
      return reply.code(404).send({ error: 'Introuvable.' });
    }
    if (!built.includes(frontEnd)) return index(frontEnd, reply);
    return index(frontEnd, reply, await routeStatus(frontEnd, pathname, exists));
  });
}
