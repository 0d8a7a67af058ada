import 'vitest';

declare module 'vitest' {
  /** Given by test/support/global-setup.ts to every test file. */
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
