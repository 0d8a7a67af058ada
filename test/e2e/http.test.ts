import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { startTestServer } from '../support/server.js';
import { postGraphQL } from '../support/graphql-http.js';
import { graphql } from '../support/__generated__/index.js';
import { createApp, securityHeaders } from '../../server/src/app.js';
import { createDataSource } from '../../server/src/db/data-source.js';
import { loadEnv } from '../../server/src/config/env.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('HTTP surface', () => {
  it('answers /healthz', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('serves the portal at / and client routes, and the admin at /admin', async () => {
    for (const path of ['/', '/CABBALR/programmation/2024', '/admin/', '/admin/CALL']) {
      const res = await fetch(server.url + path);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toContain('<div id="root">');
      expect(res.headers.get('content-security-policy'), path).toContain("script-src 'self'");
      expect(res.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      // Served over http (a phone on the local network), assets must not be sent to https.
      expect(res.headers.get('content-security-policy'), path).not.toContain('upgrade-insecure-requests');
    }
  });

  it('answers 404 with the front end for a territory code that does not exist', async () => {
    for (const path of ['/INCONNU', '/INCONNU/quartiers/x', '/admin/INCONNU/membres']) {
      const res = await fetch(server.url + path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toContain('<div id="root">');
    }
    for (const path of ['/CALL', '/CALL/rapports', '/compte/connexion', '/admin/CAPH/membres']) {
      expect((await fetch(server.url + path)).status, path).toBe(200);
    }
    // Fastify refuses a malformed escape, the static files' plugin a NUL, before any route: 4xx all the same.
    expect((await fetch(`${server.url}/%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${server.url}/CAB%00`)).status).toBe(403);
  });

  it('asks browsers to upgrade requests only when the public address is https', () => {
    expect(securityHeaders(true)['content-security-policy']).toContain('upgrade-insecure-requests');
    expect(securityHeaders(false)['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });

  it('points email links at the port the server listens on unless PUBLIC_URL says otherwise', () => {
    expect(loadEnv({ PORT: '4100' }).PUBLIC_URL).toBe('http://localhost:4100');
    expect(loadEnv({}).PUBLIC_URL).toBe('http://localhost:4000');
    expect(loadEnv({ PORT: '4100', PUBLIC_URL: 'https://quartiers.exemple.fr' }).PUBLIC_URL).toBe(
      'https://quartiers.exemple.fr',
    );
  });

  it('answers GraphQL with the four agglomerations of the demo data', async () => {
    const { body } = await postGraphQL(
      server.url,
      graphql(`
        query HttpTerritories {
          territories(first: 10) {
            totalCount
            edges {
              node {
                code
              }
            }
          }
        }
      `),
    );
    const codes = body.data!.territories.edges.map((e) => e.node.code);
    expect(codes).toEqual(expect.arrayContaining(['CABBALR', 'CALL', 'CAB', 'CAPH']));
  });

  it('masks internal errors and keeps French, coded user errors', async () => {
    const { body } = await postGraphQL(
      server.url,
      graphql(`
        query HttpTooLongPage {
          territory(code: "CABBALR") {
            actions(first: 500) {
              totalCount
            }
          }
        }
      `),
    );
    expect(body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toMatch(/first/);
  });

  it('refuses a GET query without the CSRF preflight header', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ health }')}`);
    expect(res.status).toBe(400);
  });
});

describe('front ends not built', () => {
  it('answers their pages with 503 and a way out, and keeps the API paths out of it', async () => {
    // Never connected: no request here reaches the database.
    const { httpServer } = await createApp(createDataSource('postgres://nulle-part/quartiers').dataSource, {
      ...loadEnv(),
      repoRoot: '/nulle-part',
    });
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    try {
      for (const [path, dist] of [
        ['/', 'portal'],
        ['/CALL/quartiers', 'portal'],
        ['/admin/', 'admin'],
      ] as const) {
        const res = await fetch(base + path);
        expect(res.status, path).toBe(503);
        expect(await res.text(), path).toContain(`lancez « pnpm build » (/nulle-part/${dist}/dist)`);
      }
      expect((await fetch(`${base}/graphql/autre`)).status).toBe(404);
    } finally {
      httpServer.close();
    }
  });
});
