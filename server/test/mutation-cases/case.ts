import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Permission, Role } from '../../src/authz/index.js';
import type { MUTATION_REQUIREMENTS } from '../../src/graphql/authorization.policy.js';
import type { Client, Harness, Result } from '../harness.js';
import type { seedReport } from '../seed-consultation.js';
import type { SeededTerritory } from '../seed.js';

/** Who the role × mutation matrix tries: every role in the territory, nobody, and an admin of another one. */
export type Actor = 'ANONYMOUS' | Role | 'ADMIN_OF_ANOTHER_TERRITORY';

/** One call of a mutation: its typed document and variables, sent by whichever actor the matrix tries. */
export type Call = (client: Client) => Promise<Result<unknown>>;
export const call =
  <T, V extends Record<string, unknown>>(query: TypedDocumentNode<T, V>, variables?: V): Call =>
  (client) =>
    client.execute(query, variables);

export interface Case {
  mutation: keyof typeof MUTATION_REQUIREMENTS;
  label?: string;
  /** The permission this particular call needs on `here` (defaults to the declared requirement). */
  needs?: Permission;
  /** For avis, scoped to one body: exactly who may act. */
  allowedFor?: Actor[];
  build(actor: { email: string }): Promise<Call>;
}

/** What the cases act on, read when a case is built (after the test file's `beforeAll`). */
export interface World {
  h: Harness;
  here: SeededTerritory;
  openReport: Awaited<ReturnType<typeof seedReport>>;
  referentId: string;
}
