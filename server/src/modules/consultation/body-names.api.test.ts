import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../test/harness.js';
import { seedTerritory, type SeededTerritory } from '../../../test/seed.js';
import { seedReport } from '../../../test/seed-consultation.js';
import { BodyNamesElision1795461000000 } from '../../db/migrations/1795461000000-body-names-elision.js';
import { bodyCandidates } from './body-candidates.js';
import { createConsultationStore } from './consultation.store.js';

let h: Harness;
let territory: SeededTerritory;
const COMMUNES = ['Auchel', 'Le Portel', 'Harnes', 'Hénin-Beaumont', 'Béthune'];
const communeIds = new Map<string, string>();

beforeAll(async () => {
  h = await createHarness();
  territory = await seedTerritory(h);
  await h.dataSource.query(`UPDATE communes SET has_qpv = false WHERE territory_id = $1`, [territory.id]);
  for (const name of COMMUNES) {
    const [row] = (await h.dataSource.query(
      `INSERT INTO communes (territory_id, name, has_qpv) VALUES ($1, $2, true)
       ON CONFLICT (territory_id, name) DO UPDATE SET has_qpv = true RETURNING id`,
      [territory.id, name],
    )) as { id: string }[];
    communeIds.set(name, row!.id);
  }
});
afterAll(() => h.close());

describe('the names of consulted communes', () => {
  it('elide « de » as French does', async () => {
    const names = (await bodyCandidates(h.dataSource, territory.id))
      .filter((b) => b.kind === 'COMMUNE')
      .map((b) => b.name);
    expect(names).toEqual([
      'Conseil municipal d’Auchel',
      'Conseil municipal de Béthune',
      'Conseil municipal de Harnes',
      'Conseil municipal d’Hénin-Beaumont',
      'Conseil municipal du Portel',
    ]);
  });

  it('are corrected by the migration where they were built in SQL, and left alone where staff renamed them', async () => {
    const report = await seedReport(h, territory);
    const store = createConsultationStore(h.dataSource);
    await h.dataSource.query(`DELETE FROM consulted_bodies WHERE report_id = $1 AND kind = 'COMMUNE'`, [report.id]);
    await store.insertBodies(territory.id, report.id, [
      {
        kind: 'COMMUNE',
        citizenCouncilId: null,
        communeId: communeIds.get('Auchel')!,
        name: 'Conseil municipal de Auchel',
      },
      { kind: 'COMMUNE', citizenCouncilId: null, communeId: communeIds.get('Le Portel')!, name: 'Mairie du Portel' },
      {
        kind: 'COMMUNE',
        citizenCouncilId: null,
        communeId: communeIds.get('Béthune')!,
        name: 'Conseil municipal de Béthune',
      },
    ]);
    const runner = h.dataSource.createQueryRunner();
    try {
      await new BodyNamesElision1795461000000().up(runner);
    } finally {
      await runner.release();
    }
    const rows = (await h.dataSource.query(
      `SELECT name FROM consulted_bodies WHERE territory_id = $1 AND report_id = $2 AND kind = 'COMMUNE' ORDER BY name`,
      [territory.id, report.id],
    )) as { name: string }[];
    expect(rows.map((r) => r.name).sort()).toEqual(
      ['Conseil municipal d’Auchel', 'Conseil municipal de Béthune', 'Mairie du Portel'].sort(),
    );
  });
});
