import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer({ production: true });
});
afterAll(() => server.close());

const send = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${server.url}/graphql`, { method: 'POST', headers, body });
const post = (payload: unknown) => send(JSON.stringify(payload));

/** Each hostile request gets a 4xx or a GraphQL error with a code, never a 500. */
async function expectRefused(res: Response, code?: string) {
  expect(res.status).toBeGreaterThanOrEqual(200);
  expect(res.status).toBeLessThan(500);
  const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  expect(body.errors?.length).toBeGreaterThan(0);
  if (code) expect(body.errors![0]!.extensions?.code).toBe(code);
  return body.errors![0]!;
}

describe('hostile input (production mode)', () => {
  it('refuses an over-deep query', async () => {
    const deep = `{ territory(code: "CALL") { quartiers { edges { node { communes { quartiers { edges { node { communes { quartiers { edges { node { name } } } } } } } } } } } } }`;
    const error = await expectRefused(await post({ query: deep }));
    expect(error.message).toMatch(/depth/i);
  });

  it('refuses an alias flood', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: health`).join(' ');
    const error = await expectRefused(await post({ query: `{ ${aliases} }` }));
    expect(error.message).toMatch(/alias/i);
  });

  it('refuses a batched array of operations', async () => {
    const res = await post([{ query: '{ health }' }, { query: '{ health }' }]);
    expect(res.status).toBe(400);
  });

  it('refuses a huge body with 413', async () => {
    const res = await post({ query: '{ health }', variables: { pad: 'x'.repeat(200_000) } });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('refuses a CSRF-style request (simple content type, no preflight header)', async () => {
    const res = await send(JSON.stringify({ query: 'mutation { signOut { ok } }' }), { 'content-type': 'text/plain' });
    expect(res.status).toBe(400);
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ health }')}`);
    expect(get.status).toBe(400);
    const form = await send('query=mutation%20%7B%20signOut%20%7B%20ok%20%7D%20%7D', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    await expectRefused(form, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses wrong-type variables with a coded error', async () => {
    const res = await post({ query: 'query($c: String!) { territory(code: $c) { name } }', variables: { c: 42 } });
    await expectRefused(res, 'BAD_USER_INPUT');
  });

  it('refuses malformed JSON with 400', async () => {
    expect((await send('{"query": ')).status).toBe(400);
  });

  it('turns introspection and field suggestions off', async () => {
    await expectRefused(await post({ query: '{ __schema { types { name } } }' }));
    const typo = await expectRefused(await post({ query: '{ territoire(code: "CALL") { name } }' }));
    expect(typo.message).not.toMatch(/Did you mean/);
  });

  it('sends secure headers and keeps serving after all of this', async () => {
    const res = await post({ query: '{ territory(code: "CALL") { name } }' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await res.json()).toEqual({ data: { territory: { name: expect.any(String) } } });
  });
});
