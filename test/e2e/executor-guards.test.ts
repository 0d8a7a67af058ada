import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer({ production: true });
});
afterAll(() => server.close());

interface Answer {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(payload: unknown) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  const text = await res.text();
  return { status: res.status, bytes: text.length, body: JSON.parse(text) as Answer };
}

/** A 400 whose errors all carry a code, the first one `code`. */
function expectBadRequest(answer: Awaited<ReturnType<typeof post>>, code: string) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(400);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors?.length).toBeGreaterThan(0);
  expect(answer.body.errors![0]!.extensions?.code).toBe(code);
  for (const error of answer.body.errors!) expect(error.extensions?.code).toEqual(expect.any(String));
  return answer.body.errors![0]!;
}

describe('executor guards (production mode)', () => {
  it('refuses an unknown operation name with a 400', async () => {
    const answer = await post({ query: 'query Health { health }', operationName: 'Inconnue' });
    const error = expectBadRequest(answer, 'OPERATION_RESOLUTION_FAILURE');
    expect(error.message).toBe('Le document ne contient pas d’opération nommée « Inconnue ».');
  });

  it('asks which operation to run when a document has several and none is named', async () => {
    const answer = await post({ query: 'query A { health } query B { health }' });
    const error = expectBadRequest(answer, 'OPERATION_RESOLUTION_FAILURE');
    expect(error.message).toBe(
      'Le document contient plusieurs opérations : indiquez laquelle exécuter (operationName).',
    );
    // Two anonymous operations are already a validation error.
    expectBadRequest(await post({ query: '{ health } { health }' }), 'GRAPHQL_VALIDATION_FAILED');
  });

  it('still runs the named operation of a document with several', async () => {
    const answer = await post({ query: 'query A { health } query B { b: health }', operationName: 'B' });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { b: expect.any(String) } });
  });

  it('bounds the errors, the size and the time of a variable of 20 000 wrong items', async () => {
    // The schema's only list input is remarks: [RemarkInput!]!; every number is a coercion error.
    const query = `mutation Draft($remarks: [RemarkInput!]!) {
      saveOpinionDraft(input: { territoryId: "t", bodyId: "b", position: FAVOURABLE, text: "t", remarks: $remarks }) {
        body { id }
      }
    }`;
    const remarks = Array.from({ length: 20_000 }, () => 1); // a 40 KB body
    const started = performance.now();
    const answer = await post({ query, variables: { remarks } });
    const elapsed = performance.now() - started;
    expectBadRequest(answer, 'BAD_USER_INPUT');
    expect(answer.body.errors!.length).toBeLessThanOrEqual(50);
    expect(answer.body.errors!.at(-1)!.message).toBe(
      'Trop d’erreurs dans les variables : les suivantes n’ont pas été vérifiées.',
    );
    expect(answer.bytes).toBeLessThan(20_000);
    expect(elapsed).toBeLessThan(2_000);
  });

  it('refuses a subscription with a coded 400', async () => {
    const answer = await post({ query: 'subscription { health }' });
    const error = expectBadRequest(answer, 'BAD_REQUEST');
    expect(error.message).toBe('Les abonnements ne sont pas pris en charge.');
  });

  it('answers a syntax error with a 400', async () => {
    expectBadRequest(await post({ query: '{' }), 'GRAPHQL_PARSE_FAILED');
  });

  it('answers a document over the token limit with a 400', async () => {
    const answer = await post({ query: `{ ${'health '.repeat(5_000)}}` });
    const error = expectBadRequest(answer, 'GRAPHQL_PARSE_FAILED');
    expect(error.message).toMatch(/4000 tokens/);
  });

  it('keeps serving after all of this', async () => {
    const answer = await post({ query: '{ territory(code: "CALL") { name } }' });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { territory: { name: expect.any(String) } } });
  });
});
