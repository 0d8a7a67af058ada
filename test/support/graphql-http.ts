import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

/**
 * POSTs a document written with `graphql(…)` from test/support/__generated__ to a server's /graphql
 * as a browser would (JSON): typed variables, typed data, and the HTTP status.
 */
export async function postGraphQL<T, V extends Record<string, unknown>>(
  url: string,
  document: TypedDocumentNode<T, V>,
  variables?: V,
  { headers = {}, signal }: { headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<{ status: number; body: GraphQLBody<T> }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: print(document), variables }),
    signal,
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody<T> };
}
