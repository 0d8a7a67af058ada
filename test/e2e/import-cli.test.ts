import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildTerritoryFile } from '../../server/test/factories.js';

const root = path.resolve(import.meta.dirname, '../..');

/** The command staff run: `pnpm run import <file.json>`, here through its script against the test database. */
function runImport(file: unknown) {
  const dir = mkdtempSync(path.join(tmpdir(), 'quartiers-import-'));
  const target = path.join(dir, 'territoire.json');
  writeFileSync(target, typeof file === 'string' ? file : JSON.stringify(file));
  return spawnSync('npx', ['tsx', 'src/cli/import.ts', target], {
    cwd: path.join(root, 'server'),
    env: { ...process.env, DATABASE_URL: inject('databaseUrl') },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('import command', () => {
  it('imports a file and says what it wrote, then nothing the second time', () => {
    const file = buildTerritoryFile({ actions: 3 });
    const first = runImport(file);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`${file.territory.code} : 3 actions, \\d+ lignes créées, 0 mises à jour`));
    const second = runImport(file);
    expect(second.stdout).toMatch(/0 lignes créées, 0 mises à jour/);
  });

  it('refuses a malformed file with exit code 1 and the place of the problem', () => {
    const file = buildTerritoryFile({ actions: 3 });
    file.actions[1]!.communes = ['Atlantis'];
    const run = runImport(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'import refusé, base inchangée — actions[1].communes[0] : commune inconnue « Atlantis »',
    );
  });

  it('refuses a file that is not JSON', () => {
    const run = runImport('{ pas du json');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/territoire\.json : JSON illisible/);
  });
});

describe('migrate command', () => {
  it('brings the database up to date and says where it stands', () => {
    const run = spawnSync('npx', ['tsx', 'src/cli/migrate.ts'], {
      cwd: path.join(root, 'server'),
      env: { ...process.env, DATABASE_URL: inject('databaseUrl') },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Base à jour : \d+ migrations appliquées \(dernière : \w+\)/);
  });
});
