import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, validate } from 'graphql';
import { standaloneSchema } from '../composition/index.js';
import { queryLimits } from './apollo-options.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Every operation of a front end, its fragments included, as one document. */
function operationsOf(app: string) {
  const dir = path.join(root, app, 'src');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

describe('production query limits', () => {
  it.each(['portal', 'admin'])('let every operation of the %s through', (app) => {
    const errors = validate(standaloneSchema(), parse(operationsOf(app)), queryLimits(true).validationRules);
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
