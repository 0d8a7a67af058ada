import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** How long this route waits for the whole request body (BODY_TIMEOUT_MS when absent). */
    bodyTimeout?: number;
  }
}

/** An API body (100 KB at most) must arrive within this time, however slowly it trickles. */
export const BODY_TIMEOUT_MS = 30_000;
/** A 5 MB PDF within two minutes: about 350 kbit/s, a poor mobile uplink. */
export const UPLOAD_BODY_TIMEOUT_MS = 120_000;

/**
 * Node's bounds on each connection. Node's own requestTimeout cannot differ per route, so it is set
 * to the longest body time (the upload), and routes are held to theirs by limitBodyTime.
 */
export const serverTimeouts = {
  /** The request line and headers (Node's headersTimeout): a client sending them byte by byte is cut. */
  http: { headersTimeout: 10_000, connectionsCheckingInterval: 1_000 },
  /** Headers and body together, with a margin over the upload's body time; answered 408. */
  requestTimeout: UPLOAD_BODY_TIMEOUT_MS + 10_000,
  /** A socket with no traffic either way (a client that stopped reading its answer) is closed. */
  connectionTimeout: 60_000,
  /** Idle keep-alive sockets: longer than the 60 s of common load balancers, so that they close first. */
  keepAliveTimeout: 72_000,
};

/**
 * A request body that has not fully arrived within its route's time (config.bodyTimeout, or
 * BODY_TIMEOUT_MS) is cut: the connection is closed, and its parsing fails with a 408. A body
 * dripped one byte at a time would otherwise hold the connection and its memory indefinitely.
 */
export function limitBodyTime(app: FastifyInstance) {
  app.addHook('preParsing', (request, _reply, payload, done) => {
    if (request.raw.complete) return done(null, payload);
    const ms = request.routeOptions.config.bodyTimeout ?? BODY_TIMEOUT_MS;
    const timer = setTimeout(() => {
      if (!request.raw.complete)
        payload.destroy(Object.assign(new Error('Corps de requête trop lent.'), { statusCode: 408 }));
    }, ms);
    const clear = () => clearTimeout(timer);
    payload.once('end', clear).once('close', clear).once('error', clear);
    done(null, payload);
  });
}
