import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverAudits, type AuditResult } from 'graphql-http';
import { startTestServer } from '../support/server.js';

/**
 * What the platform chose against an audit, and how to check that this choice is the only cause:
 * `lifted` names what the audit passes with (a development server, where introspection is on; the
 * CSRF preflight header that Apollo requires of a GET).
 */
interface Exception {
  name: string;
  reason: string;
  lifted: ('introspection' | 'preflight')[];
}

const INTROSPECTION_OFF = 'L’audit interroge __type : l’introspection est coupée en production.';
const STATUS_400 =
  'Apollo répond 400 aux erreurs de requête quel que soit Accept ; le 200 que la spécification recommande ' +
  'pour application/json vise les anciens clients, et une requête fautive reste une erreur du client.';
const CSRF_GET =
  'La prévention CSRF d’Apollo refuse un GET sans en-tête de pré-vol (apollo-require-preflight), ' +
  'qu’un formulaire ou une image d’un autre site ne peut pas envoyer.';

/** Every audit the production server fails, by id, with the reason for each. */
const EXCEPTIONS: Record<string, Exception> = {
  BF61: { name: 'MUST accept utf-8 encoded request', reason: INTROSPECTION_OFF, lifted: ['introspection'] },
  '28B9': {
    name: 'MUST allow map {variables} parameter when accepting application/json',
    reason: INTROSPECTION_OFF,
    lifted: ['introspection'],
  },
  '2EA1': {
    name: 'SHOULD allow map {variables} parameter when accepting application/graphql-response+json',
    reason: INTROSPECTION_OFF,
    lifted: ['introspection'],
  },
  '572B': {
    name: 'SHOULD use 200 status code on document parsing failure when accepting application/json',
    reason: STATUS_400,
    lifted: [],
  },
  FDE2: {
    name: 'SHOULD use 200 status code on document validation failure when accepting application/json',
    reason: STATUS_400,
    lifted: [],
  },
  '7B9B': {
    name: 'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
    reason: STATUS_400,
    lifted: [],
  },
  '5A70': {
    name: 'MAY accept application/x-www-form-urlencoded formatted GET requests',
    reason: CSRF_GET,
    lifted: ['preflight'],
  },
  '6A70': {
    name: 'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
    reason: `${CSRF_GET} ${INTROSPECTION_OFF}`,
    lifted: ['preflight', 'introspection'],
  },
  D6D5: {
    name: 'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
    reason: `${CSRF_GET} ${INTROSPECTION_OFF}`,
    lifted: ['preflight', 'introspection'],
  },
};

/** The preflight header that Apollo's CSRF prevention asks of a GET (or of a non-JSON POST). */
const withPreflight: typeof fetch = (input, init) =>
  fetch(input, {
    ...init,
    headers: { ...(init?.headers as Record<string, string>), 'apollo-require-preflight': 'true' },
  });

async function audit(url: string, fetchFn: typeof fetch = fetch): Promise<AuditResult[]> {
  const results: AuditResult[] = [];
  // One after another: the audits are quick, and parallel requests only blur a failure.
  for (const { fn } of serverAudits({ url: `${url}/graphql`, fetchFn })) results.push(await fn());
  return results;
}

const described = (r: AuditResult) => `${r.id} ${r.name}${r.status === 'ok' ? '' : `: ${r.reason}`}`;

function counts(results: AuditResult[]): string {
  return (['MUST', 'SHOULD', 'MAY'] as const)
    .map((level) => {
      const ofLevel = results.filter((r) => r.name.startsWith(`${level} `));
      return `${level}: ${ofLevel.filter((r) => r.status === 'ok').length} ok / ${ofLevel.length}`;
    })
    .join('; ');
}

describe('GraphQL over HTTP (graphql-http audits)', () => {
  let production: Awaited<ReturnType<typeof startTestServer>>;
  let development: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    production = await startTestServer({ production: true });
    development = await startTestServer();
  });
  afterAll(async () => {
    await production.close();
    await development.close();
  });

  it('passes every audit but the exceptions of the table, in production mode', async () => {
    const results = await audit(production.url);
    console.log(`graphql-http audits, production mode: ${counts(results)}`);
    const failed = results.filter((r) => r.status !== 'ok');
    expect(failed.filter((r) => !EXCEPTIONS[r.id]).map(described)).toEqual([]);
    // The table lists exactly what fails: an exception that now passes is removed from it.
    expect(failed.map((r) => `${r.id} ${r.name}`).sort()).toEqual(
      Object.entries(EXCEPTIONS)
        .map(([id, { name }]) => `${id} ${name}`)
        .sort(),
    );
  });

  it('passes each exception once the platform’s choice behind it is lifted', async () => {
    const results = await audit(development.url, withPreflight);
    const lifted = Object.entries(EXCEPTIONS).filter(([, exception]) => exception.lifted.length > 0);
    for (const [id, { name }] of lifted) {
      const result = results.find((r) => r.id === id);
      expect(result?.status, result ? described(result) : `${id} ${name}: absent`).toBe('ok');
    }
  });
});
