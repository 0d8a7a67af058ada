import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { buildTerritoryFile } from '../../test/factories.js';
import { DEMO_FILES, importTerritory, importTerritoryFile } from './index.js';
import path from 'node:path';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

/** Every row of a territory with its system column xmin, which changes on any write. */
async function snapshot(code: string) {
  const tables = [
    'communes',
    'quartiers',
    'contracts',
    'framework_items',
    'programmations',
    'programmation_totals',
    'actions',
    'fundings',
    'operators',
    'indicators',
  ];
  const rows = await Promise.all(
    tables.map((t) =>
      h.dataSource.query(
        `SELECT x.id, x.xmin::text FROM ${t} x JOIN territories tt ON tt.id = x.territory_id WHERE tt.code = $1 ORDER BY x.id`,
        [code],
      ),
    ),
  );
  const [territory] = await h.dataSource.query('SELECT id, xmin::text FROM territories WHERE code = $1', [code]);
  return { territory, rows };
}

describe('territory import', () => {
  it('is idempotent: importing the same file twice writes nothing the second time', async () => {
    const file = buildTerritoryFile({ actions: 20 });
    const first = await importTerritory(h.dataSource, file);
    expect(first.inserted).toBeGreaterThan(40);
    const before = await snapshot(file.territory.code);
    const second = await importTerritory(h.dataSource, file);
    expect(second).toMatchObject({ inserted: 0, updated: 0 });
    expect(await snapshot(file.territory.code)).toEqual(before);
  });

  it('updates what changed and keeps ids stable', async () => {
    const file = buildTerritoryFile({ actions: 2 });
    await importTerritory(h.dataSource, file);
    const before = await snapshot(file.territory.code);
    file.quartiers[0]!.kind = 'QIC';
    const report = await importTerritory(h.dataSource, file);
    expect(report).toMatchObject({ inserted: 0, updated: 1 });
    const after = await snapshot(file.territory.code);
    expect(after.rows.map((r) => r.map((x: { id: string }) => x.id))).toEqual(
      before.rows.map((r) => r.map((x: { id: string }) => x.id)),
    );
  });

  const malformed: [string, (f: ReturnType<typeof buildTerritoryFile>) => unknown, RegExp][] = [
    ['a missing key', (f) => ({ ...f, territory: { ...f.territory, code: undefined } }), /^territory\.code : /],
    [
      'a wrong type',
      (f) => ({ ...f, actions: f.actions.map((a, i) => (i === 3 ? { ...a, year: '2024' } : a)) }),
      /^actions\[3\]\.year : /,
    ],
    [
      'an unknown commune',
      (f) => ({ ...f, actions: f.actions.map((a, i) => (i === 2 ? { ...a, communes: ['Auchel', 'Atlantis'] } : a)) }),
      /^actions\[2\]\.communes\[1\] : commune inconnue « Atlantis »/,
    ],
    [
      'an unknown quartier kind',
      (f) => ({ ...f, quartiers: [{ ...f.quartiers[0], kind: 'ZUS' }] }),
      /^quartiers\[0\]\.kind : /,
    ],
  ];

  it.each(malformed)('refuses a file with %s, naming the place, and changes nothing', async (_, breakIt, message) => {
    const file = buildTerritoryFile({ actions: 5 });
    await importTerritory(h.dataSource, file);
    const before = await snapshot(file.territory.code);
    const changed = { ...file, actions: file.actions.map((a) => ({ ...a, title: `${a.title} (modifié)` })) };
    await expect(importTerritory(h.dataSource, breakIt(changed as typeof file))).rejects.toThrow(message);
    expect(await snapshot(file.territory.code)).toEqual(before);
  });

  it('leaves no trace of a new territory whose file fails late in the import', async () => {
    const file = buildTerritoryFile({ actions: 5 });
    file.actions[4]!.communes = ['Nulle-Part'];
    await expect(importTerritory(h.dataSource, file)).rejects.toThrow(/actions\[4\]\.communes\[0\]/);
    const rows = await h.dataSource.query('SELECT 1 FROM territories WHERE code = $1', [file.territory.code]);
    expect(rows).toHaveLength(0);
  });

  it('loads the four agglomerations of the demo dataset, twice without change', async () => {
    const dir = path.resolve(import.meta.dirname, '../../data');
    for (const { file, mode } of DEMO_FILES) await importTerritoryFile(h.dataSource, path.join(dir, file), mode);
    for (const { file, mode } of DEMO_FILES) {
      expect(await importTerritoryFile(h.dataSource, path.join(dir, file), mode)).toMatchObject({
        inserted: 0,
        updated: 0,
      });
    }
    const [counts] = await h.dataSource.query(`SELECT
      (SELECT count(*)::int FROM territories WHERE code IN ('CABBALR','CALL','CAB','CAPH')) AS territories,
      (SELECT count(*)::int FROM actions a JOIN territories t ON t.id = a.territory_id WHERE t.code = 'CABBALR') AS actions,
      (SELECT count(*)::int FROM communes c JOIN territories t ON t.id = c.territory_id WHERE t.code = 'CABBALR') AS communes`);
    // Douvrin and Verquin come from the Département's summary of the CABBALR contract.
    expect(counts).toEqual({ territories: 4, actions: 125, communes: 20 });
  });
});
