import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getMetadataArgsStorage } from 'typeorm';

/**
 * Stores are private to their module, and so are its tables: a store's SQL names only the tables of
 * its own module's entities; another module's data comes through that module's index.ts.
 */
const modulesDir = path.dirname(fileURLToPath(import.meta.url));
const modules = readdirSync(modulesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Each module's tables, from the `@Entity` names of the entities its entities/index.ts lists. */
async function tablesOf(module: string): Promise<string[]> {
  const exported = (await import(`./${module}/entities/index.ts`)) as Record<string, unknown>;
  const entities = Object.entries(exported)
    .filter(([name, value]) => name.endsWith('Entities') && Array.isArray(value))
    .flatMap(([, value]) => value as unknown[]);
  return getMetadataArgsStorage()
    .tables.filter((t) => entities.includes(t.target))
    .map((t) => t.name!);
}

/** Table names after FROM, JOIN, INTO, UPDATE… (and the `from:` of a paged list), comments left out. */
function tablesNamedIn(source: string): Set<string> {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const names = new Set<string>();
  for (const m of code.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE|TABLE|USING)\s+([a-z_][a-z0-9_]*)/gi)) names.add(m[1]!);
  for (const m of code.matchAll(/\bfrom:\s*['"`]([a-z_][a-z0-9_]*)/g)) names.add(m[1]!);
  return names;
}

const storesOf = (module: string) => readdirSync(path.join(modulesDir, module)).filter((f) => f.endsWith('.store.ts'));

describe('module tables', () => {
  it('finds the tables of every module', async () => {
    for (const module of modules) expect(await tablesOf(module), module).not.toEqual([]);
    expect(await tablesOf('identity')).toContain('users');
  });

  it('sees a foreign table in a statement', () => {
    expect([...tablesNamedIn('`SELECT 1 FROM contributions c JOIN moderation_items m ON true`')]).toEqual([
      'contributions',
      'moderation_items',
    ]);
  });

  it.each(modules)('lets the stores of %s name only its own tables', async (module) => {
    const owner = new Map<string, string>();
    for (const m of modules) for (const table of await tablesOf(m)) owner.set(table, m);
    const foreign = storesOf(module).flatMap((file) =>
      [...tablesNamedIn(readFileSync(path.join(modulesDir, module, file), 'utf8'))]
        .filter((table) => owner.has(table) && owner.get(table) !== module)
        .map((table) => `${file}: ${table} (${owner.get(table)})`),
    );
    expect(foreign).toEqual([]);
  });
});
