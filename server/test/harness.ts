import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { print } from 'graphql';
import type { ResultOf, TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ApolloServer } from '@apollo/server';
import { createDataSource, type Database } from '../src/db/data-source.js';
import { executionOptions } from '../src/graphql/execution.js';
import type { GraphQLContext } from '../src/graphql/context.js';
import { compose } from '../src/composition/index.js';
import { formatError } from '../src/graphql/errors.js';
import { createRateLimits } from '../src/security/rate-limits.js';
import type { Clock } from '../src/shared/clock.js';
import { writeSession } from './session.js';

export interface Result<T> {
  data?: T | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/** What `execute` answers for a typed document. */
export type ResultFor<D> = Result<ResultOf<D>>;

/** A browser of sorts: its own cookie and IP address. */
export interface Client {
  /** A document written with `graphql(…)` from `server/test/__generated__`: typed variables and data. */
  execute<T, V extends Record<string, unknown>>(query: TypedDocumentNode<T, V>, variables?: V): Promise<Result<T>>;
  /** A raw string, only for documents a test makes invalid or generates on purpose. */
  execute<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<Result<T>>;
  /** The session token the server last set (null when signed out). */
  readonly token: string | null;
}

/** A clock tests can move forward, to reach expiries without waiting. */
export interface TestClock extends Clock {
  advance(ms: number): void;
}

export interface Harness extends Database, Client {
  clock: TestClock;
  /** A client with its own cookie jar and a fresh IP (rate limits are per IP). */
  client(ip?: string): Client;
  /** A client already signed in as this user (a session written directly, no password needed). */
  signedIn(userId: string): Promise<Client>;
  /** SQL statements sent while running `fn`. */
  countSql(fn: () => Promise<unknown>): Promise<number>;
  /** Names of the SQL statements sent while running `fn`, in order. */
  sqlNames(fn: () => Promise<unknown>): Promise<string[]>;
  close(): Promise<void>;
}

const randomIp = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250)).join('.')}`;

/** A connection to the run's database and an Apollo server over the real schema. */
export async function createHarness(): Promise<Harness> {
  const db = createDataSource(inject('databaseUrl'), { poolSize: 5 });
  await db.dataSource.initialize();
  let offset = 0;
  const clock: TestClock = { now: () => new Date(Date.now() + offset), advance: (ms) => void (offset += ms) };
  const composition = compose(db.dataSource, {
    limits: createRateLimits(db.dataSource),
    publicUrl: 'http://quartiers.test',
    smtpConfigured: false,
    searchCacheSeconds: 15, // as in production: the API tests see what residents see
    clock,
  });
  const apollo = new ApolloServer<GraphQLContext>({ ...executionOptions(composition.schema()), formatError });
  await apollo.start();

  function client(ip = randomIp(), initialToken: string | null = null): Client {
    let token = initialToken;
    return {
      get token() {
        return token;
      },
      async execute(query: string | TypedDocumentNode, variables?: Record<string, unknown>) {
        const contextValue = await composition.scopeOf({
          requestId: randomUUID(),
          ip,
          userAgent: 'vitest',
          cookie: { token, set: (value) => void (token = value), clear: () => void (token = null) },
        });
        const response = await apollo.executeOperation(
          { query: typeof query === 'string' ? query : print(query), variables },
          { contextValue },
        );
        if (response.body.kind !== 'single') throw new Error('incremental delivery is not used');
        return response.body.singleResult as never;
      },
    };
  }
  const anonymousClient = client();

  async function countSql(fn: () => Promise<unknown>) {
    const before = db.sql.count;
    await fn();
    return db.sql.count - before;
  }

  return {
    ...db,
    clock,
    client,
    execute: anonymousClient.execute,
    get token() {
      return null;
    },
    async signedIn(userId) {
      const { token } = await writeSession(db.dataSource, userId, { at: clock.now() });
      return client(randomIp(), token);
    },
    countSql,
    sqlNames: (fn) => db.sql.namesDuring(fn),
    async close() {
      await apollo.stop();
      await db.dataSource.destroy();
    },
  };
}
