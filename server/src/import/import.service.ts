import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataSource } from 'typeorm';
import { formatPath, territoryFileSchema } from './territory-file.schema.js';
import { planImport } from './import.plan.js';
import { existingContracts, TABLE_ORDER, upsertTable, type MergeMode } from './import.store.js';
import { ImportError } from './import-error.js';

export interface ImportReport {
  code: string;
  inserted: number;
  updated: number;
  byTable: Record<string, { inserted: number; updated: number }>;
  summary: string;
}

/** Parses and validates; every problem names its place in the file. */
export function parseTerritoryFile(content: unknown) {
  const parsed = territoryFileSchema.safeParse(content);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const where = formatPath(first.path) || '(racine)';
    const more = parsed.error.issues.length > 1 ? ` (et ${parsed.error.issues.length - 1} autre(s) problème(s))` : '';
    throw new ImportError(where, `${first.message}${more}`);
  }
  return parsed.data;
}

/**
 * Imports one territory file in one transaction: a bad file changes nothing. Idempotent: the same
 * file imported twice writes nothing the second time. 'complete' fills gaps of a territory already
 * imported from another source without overriding it.
 */
export async function importTerritory(
  ds: DataSource,
  content: unknown,
  mode: MergeMode = 'replace',
): Promise<ImportReport> {
  const file = parseTerritoryFile(content);
  return ds.transaction(async (m) => {
    const plan = planImport(file, {
      contracts: mode === 'complete' ? await existingContracts(m, file.territory.code) : [],
    });
    const byTable: ImportReport['byTable'] = {};
    for (const table of TABLE_ORDER) {
      const rows = plan.tables[table];
      if (rows?.length) byTable[table] = await upsertTable(m, table, rows, mode);
    }
    const inserted = Object.values(byTable).reduce((a, r) => a + r.inserted, 0);
    const updated = Object.values(byTable).reduce((a, r) => a + r.updated, 0);
    const actions = plan.tables.actions?.length ?? 0;
    return {
      code: plan.code,
      inserted,
      updated,
      byTable,
      summary: `${plan.code} ${mode === 'complete' ? '(complément) ' : ''}: ${actions} actions, ${inserted} lignes créées, ${updated} mises à jour`,
    };
  });
}

export async function importTerritoryFile(ds: DataSource, file: string, mode: MergeMode = 'replace') {
  let content: unknown;
  try {
    content = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new ImportError(path.basename(file), `JSON illisible (${(e as Error).message})`);
  }
  return importTerritory(ds, content, mode);
}

const demoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data');

/**
 * The four agglomerations, as published (the CD62 summary completes the CABBALR without replacing its
 * tree), and a fictional territory whose figures exercise every part of the product.
 */
export const DEMO_FILES: { file: string; mode: MergeMode }[] = [
  { file: 'cabbalr.json', mode: 'replace' },
  { file: 'cabbalr-2024-2030.json', mode: 'complete' },
  { file: 'call.json', mode: 'replace' },
  { file: 'cab.json', mode: 'replace' },
  { file: 'caph.json', mode: 'replace' },
  { file: 'demo-fictif.json', mode: 'replace' },
];

export async function importDemoData(ds: DataSource) {
  const reports: ImportReport[] = [];
  for (const { file, mode } of DEMO_FILES) reports.push(await importTerritoryFile(ds, path.join(demoDir, file), mode));
  return reports;
}
