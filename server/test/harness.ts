import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import type { DocumentNode } from 'graphql';
import { print } from 'graphql';
import { ApolloServer } from '@apollo/server';
import { createDataSource, type Database } from '../src/db/data-source.js';
import { buildSchema } from '../src/graphql/schema.js';
import { createContextFactory, type GraphQLContext } from '../src/graphql/context.js';
import { formatError } from '../src/graphql/errors.js';

export interface Harness extends Database {
  /** Runs an operation in-process, as the HTTP server would, and returns the single result. */
  execute<T = Record<string, unknown>>(
    query: string | DocumentNode,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: T | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>;
  /** SQL statements sent while running `fn`. */
  countSql(fn: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

/** A connection to the run's database and an Apollo server over the real schema. */
export async function createHarness(): Promise<Harness> {
  const db = createDataSource(inject('databaseUrl'), { poolSize: 5 });
  await db.dataSource.initialize();
  const apollo = new ApolloServer<GraphQLContext>({ schema: buildSchema(), formatError });
  await apollo.start();
  const createContext = createContextFactory(db.dataSource);
  return {
    ...db,
    async execute(query, variables) {
      const response = await apollo.executeOperation(
        { query: typeof query === 'string' ? query : print(query), variables },
        { contextValue: createContext(randomUUID()) },
      );
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used');
      return response.body.singleResult as never;
    },
    async countSql(fn) {
      const before = db.sql.count;
      await fn();
      return db.sql.count - before;
    },
    async close() {
      await apollo.stop();
      await db.dataSource.destroy();
    },
  };
}
