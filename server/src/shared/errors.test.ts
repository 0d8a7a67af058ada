import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../ui-kit/src/__generated__/catalogue.js';

const SOURCES = path.resolve(import.meta.dirname, '..');

/** The server's own sources, tests and generated files aside. */
const sources = readdirSync(SOURCES, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('__generated__'))
  .map((f) => readFileSync(path.join(SOURCES, f), 'utf8'))
  .join('\n');

describe('enum ErrorCode', () => {
  it('lists every code the server writes in an error, and only those', () => {
    const written = new Set([
      // DomainError('…'), `extensions: { code: '…' }`, the HTTP layer's table, Apollo's codes let through.
      ...[...sources.matchAll(/new DomainError\(\s*'([A-Z_]+)'/g)].map((m) => m[1]!),
      ...[...sources.matchAll(/\bcode: '([A-Z_]+)'/g)].map((m) => m[1]!),
      ...[...sources.matchAll(/PUBLIC_APOLLO_CODES = new Set<string>\(\[([^\]]*)\]/g)].flatMap((m) =>
        [...m[1]!.matchAll(/'([A-Z_]+)'/g)].map((c) => c[1]!),
      ),
    ]);
    expect([...written].filter((c) => !(ERROR_CODES as readonly string[]).includes(c))).toEqual([]);
    expect([...ERROR_CODES].filter((c) => !written.has(c))).toEqual([]);
  });
});
