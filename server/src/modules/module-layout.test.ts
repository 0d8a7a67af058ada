import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Every module has the layout README « Où sont les choses » describes. `x.loaders.ts` only where the
 * module batches reads in a request; `x.policy.ts` only where it decides who may do something (ESLint
 * keeps the decision primitives there).
 */
const dir = import.meta.dirname;
const modules = readdirSync(dir).filter((f) => statSync(path.join(dir, f)).isDirectory());

const required = (m: string) => [
  `${m}.module.ts`,
  `${m}.context.ts`,
  `${m}.deps.ts`,
  `${m}.store.ts`,
  `${m}.types.ts`,
  'index.ts',
  'entities/index.ts',
  'resolvers/index.ts',
];

describe('module layout', () => {
  it.each(modules)('%s has the files of every module', (m) => {
    const files = readdirSync(path.join(dir, m));
    expect(required(m).filter((f) => !existsSync(path.join(dir, m, f)))).toEqual([]);
    expect(files.some((f) => f.endsWith('.service.ts'))).toBe(true);
    const entry = readFileSync(path.join(dir, m, `${m}.module.ts`), 'utf8');
    const name = m[0]!.toUpperCase() + m.slice(1);
    expect(entry).toMatch(new RegExp(`export function create${name}Module\\(`));
  });

  it('knows every module', () => {
    expect(modules.sort()).toEqual([
      'audit',
      'consultation',
      'events',
      'ideas',
      'identity',
      'moderation',
      'notifications',
      'programmation',
      'territory',
    ]);
  });
});
